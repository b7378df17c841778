#ifndef SACHSONG_CPREFETCH_H
#define SACHSONG_CPREFETCH_H

/// Asks the processor to bring the cache line at `address` in, for a write soon: a key table's
/// slot is touched a little before the row's keys are inserted, so that its cache miss overlaps
/// with the rest of the row's checks. Swift has no prefetch of its own.
static inline void sachsong_prefetch_for_write(const void *address) {
    __builtin_prefetch(address, 1, 3);
}

#endif
