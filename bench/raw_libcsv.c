/* raw_libcsv: the ceiling for sachsong's CSV reader — libcsv alone, driven as plainly as possible.
 *
 *     cc -O2 -o bench/out/raw_libcsv bench/raw_libcsv.c -lcsv
 *     bench/out/raw_libcsv FILE [CHUNK_BYTES]
 *
 * Reads FILE with read(2) in chunks of CHUNK_BYTES (default 1 MiB, CSVReadOptions.chunkSize) and
 * hands each whole chunk to csv_parse. The parser is set up as CSVReader sets it up (CSV_STRICT |
 * CSV_STRICT_FINI, no space trimming, 16 KiB block size), so both parse the same fields; the
 * callbacks count fields and rows and mix each field's length, first and last byte into a
 * checksum exactly as `sachsong-bench reader` does: equal checksums mean equal fields.
 *
 * Prints one line: name=raw-libcsv bytes=… rows=… fields=… seconds=… peak_kib=… checksum=…
 */
#define _POSIX_C_SOURCE 200809L
#include <csv.h>
#include <errno.h>
#include <fcntl.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

struct counts {
    uint64_t rows;
    uint64_t fields;
    uint64_t checksum;
};

static void on_field(void *data, size_t len, void *ctx) {
    struct counts *c = ctx;
    const unsigned char *p = data;
    uint64_t h = c->checksum * 31 + len;
    if (len > 0 && p) h += p[0] + ((uint64_t)p[len - 1] << 8);
    c->checksum = h;
    c->fields++;
}

static void on_record(int terminator, void *ctx) {
    (void)terminator;
    ((struct counts *)ctx)->rows++;
}

static int no_space(unsigned char c) {
    (void)c;
    return 0;
}

static double now(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return ts.tv_sec + ts.tv_nsec / 1e9;
}

static long peak_kib(void) {
    FILE *f = fopen("/proc/self/status", "r");
    char line[256];
    long kib = -1;
    if (!f) return -1;
    while (fgets(line, sizeof line, f)) {
        if (strncmp(line, "VmHWM:", 6) == 0) {
            kib = strtol(line + 6, NULL, 10);
            break;
        }
    }
    fclose(f);
    return kib;
}

int main(int argc, char **argv) {
    if (argc < 2 || argc > 3) {
        fprintf(stderr, "usage: %s FILE [CHUNK_BYTES]\n", argv[0]);
        return 64;
    }
    size_t chunk = argc == 3 ? strtoul(argv[2], NULL, 10) : (1u << 20);
    if (chunk == 0) chunk = 1u << 20;

    double start = now();
    int fd = open(argv[1], O_RDONLY);
    if (fd < 0) {
        fprintf(stderr, "raw_libcsv: %s: %s\n", argv[1], strerror(errno));
        return 66;
    }
    char *buf = malloc(chunk);
    struct csv_parser parser;
    struct counts counts = {0, 0, 0};
    if (!buf || csv_init(&parser, CSV_STRICT | CSV_STRICT_FINI) != 0) {
        fprintf(stderr, "raw_libcsv: out of memory\n");
        return 70;
    }
    csv_set_space_func(&parser, no_space);
    csv_set_blk_size(&parser, 1 << 14);

    uint64_t bytes = 0;
    for (;;) {
        ssize_t got = read(fd, buf, chunk);
        if (got < 0) {
            if (errno == EINTR) continue;
            fprintf(stderr, "raw_libcsv: read: %s\n", strerror(errno));
            return 74;
        }
        if (got == 0) break;
        bytes += (uint64_t)got;
        if (csv_parse(&parser, buf, (size_t)got, on_field, on_record, &counts) != (size_t)got) {
            fprintf(stderr, "raw_libcsv: parse error near byte %llu: %s\n", (unsigned long long)bytes,
                    csv_strerror(csv_error(&parser)));
            return 65;
        }
    }
    if (csv_fini(&parser, on_field, on_record, &counts) != 0) {
        fprintf(stderr, "raw_libcsv: %s\n", csv_strerror(csv_error(&parser)));
        return 65;
    }
    double seconds = now() - start;
    csv_free(&parser);
    free(buf);
    close(fd);

    printf("name=raw-libcsv bytes=%llu rows=%llu fields=%llu seconds=%.6f peak_kib=%ld checksum=%llu\n",
           (unsigned long long)bytes, (unsigned long long)counts.rows, (unsigned long long)counts.fields,
           seconds, peak_kib(), (unsigned long long)counts.checksum);
    return 0;
}
