/// The page around the sections: `lang="vi"`, UTF-8, inline CSS (screen and A4 print) and the
/// table-sorting script. Nothing is loaded from elsewhere: system fonts, no images, no links out.
enum HTMLDocument {
    static func page(title: String, body: String) -> String {
        """
        <!DOCTYPE html>
        <html lang="vi">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <meta name="generator" content="sachsong">
        <title>\(HTMLText.escape(title))</title>
        <style>
        \(css)
        </style>
        </head>
        <body>
        <main>
        \(body)
        </main>
        <script>
        \(script)
        </script>
        </body>
        </html>

        """
    }

    /// Screen: a centred column; print: A4 portrait, a page per school, black-and-white safe
    /// (every colour also has a word or a number next to it).
    static let css = """
        :root { --ink: #1c2430; --muted: #5b6675; --line: #d5dbe3; --soft: #f3f5f8; --accent: #1f4e79;
          --full: #2e7d32; --partial: #c77c02; --low: #c62828; --none: #8a94a3; }
        * { box-sizing: border-box; }
        html { -webkit-text-size-adjust: 100%; }
        body { margin: 0; background: #e9edf2; color: var(--ink);
          font: 14px/1.5 "Segoe UI", "Noto Sans", Roboto, "Helvetica Neue", Arial, sans-serif; }
        main { max-width: 1060px; margin: 24px auto; background: #fff; padding: 32px 40px 24px;
          box-shadow: 0 1px 4px rgba(0,0,0,.12); border-radius: 4px; }
        h1 { font-size: 26px; line-height: 1.25; margin: 0 0 4px; color: var(--accent); }
        h2 { font-size: 20px; margin: 36px 0 12px; padding-bottom: 6px; border-bottom: 2px solid var(--accent); color: var(--accent); }
        h3 { font-size: 17px; margin: 0; }
        h4 { font-size: 15px; margin: 22px 0 8px; }
        h5 { font-size: 14px; margin: 0 0 6px; }
        p { margin: 6px 0; }
        code { font-family: "DejaVu Sans Mono", Consolas, "Liberation Mono", monospace; font-size: 12px;
          background: var(--soft); padding: 1px 4px; border-radius: 3px; overflow-wrap: anywhere; }
        .subtitle { font-size: 15px; color: var(--muted); margin: 0 0 14px; }
        .meta { display: flex; flex-wrap: wrap; gap: 6px 28px; margin: 0 0 16px; padding: 0; list-style: none; color: var(--muted); }
        .meta b { color: var(--ink); font-weight: 600; }
        .notice { border: 1px solid var(--line); border-left: 6px solid var(--accent); background: var(--soft);
          padding: 10px 14px; margin: 10px 0; }
        .notice.example { border-color: #e0b000; border-left-color: #e0a000; background: #fff8e1; }
        .notice.example strong { font-size: 15px; }
        .notice.reveal { border-color: var(--low); border-left-color: var(--low); background: #fdecea; }
        .notice.failure { border-left-color: var(--low); }
        .cards { display: grid; grid-template-columns: repeat(auto-fill, minmax(185px, 1fr)); gap: 12px; margin: 12px 0 8px; }
        .card { border: 1px solid var(--line); border-top: 5px solid var(--none); border-radius: 4px; padding: 10px 12px; }
        .card.full { border-top-color: var(--full); } .card.partial { border-top-color: var(--partial); }
        .card.low { border-top-color: var(--low); }
        .card .cid { font-weight: 700; color: var(--accent); }
        .card .cname { font-size: 12px; line-height: 1.4; color: var(--muted); min-height: 5.1em; }
        .card .big { font-size: 26px; font-weight: 700; line-height: 1.2; margin: 6px 0 2px; }
        .card .small { font-size: 12px; color: var(--muted); }
        table { border-collapse: collapse; width: 100%; margin: 8px 0 4px; font-size: 13px; }
        th, td { border-bottom: 1px solid var(--line); padding: 5px 8px; text-align: left; vertical-align: top; }
        thead th { background: var(--soft); font-weight: 600; border-bottom: 2px solid #b9c3cf; }
        td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
        tfoot td { font-weight: 600; border-top: 2px solid #b9c3cf; background: var(--soft); }
        tr.group td { background: #eef3f9; font-weight: 600; border-top: 1px solid #b9c3cf; }
        td.ind { padding-left: 22px; }
        table.roles { width: auto; min-width: 50%; }
        .pts { color: var(--muted); font-size: 12px; }
        .chip { display: inline-block; font-size: 11px; font-weight: 600; padding: 0 7px; border-radius: 9px;
          border: 1px solid currentColor; white-space: nowrap; }
        .chip.full { color: var(--full); } .chip.partial { color: var(--partial); } .chip.low { color: var(--low); }
        .chip.none { color: var(--none); } .chip.error { color: var(--low); } .chip.warning { color: var(--partial); }
        .missing { color: var(--muted); font-style: italic; }
        td.num .need { display: inline-block; max-width: 16em; white-space: normal; text-align: left; }
        table.sortable.js th[data-type] { cursor: pointer; user-select: none; }
        table.sortable.js th[data-type]::after { content: " \\2195"; color: var(--none); font-weight: 400; }
        table.sortable.js th[aria-sort="ascending"]::after { content: " \\25B2"; color: var(--accent); }
        table.sortable.js th[aria-sort="descending"]::after { content: " \\25BC"; color: var(--accent); }
        .hint { font-size: 12px; color: var(--muted); }
        figure.chart { margin: 18px 0 26px; break-inside: avoid; page-break-inside: avoid; }
        figure.chart figcaption { font-weight: 600; margin-bottom: 4px; }
        figure.chart svg { width: 100%; height: auto; display: block; }
        .legend { font-size: 12px; color: var(--muted); margin-top: 2px; }
        .legend span { white-space: nowrap; margin-right: 12px; }
        .swatch { display: inline-block; width: 10px; height: 10px; margin-right: 4px; vertical-align: -1px; border: 1px solid #0003; }
        section.school { margin-top: 34px; padding-top: 18px; border-top: 3px solid var(--accent); }
        .school-head { display: flex; justify-content: space-between; align-items: flex-start; gap: 16px; }
        .school-head .sid { color: var(--muted); font-size: 13px; margin: 2px 0 0; }
        .total { text-align: right; font-size: 24px; font-weight: 700; color: var(--accent); white-space: nowrap; line-height: 1.1; }
        .total small { display: block; font-size: 12px; font-weight: 400; color: var(--muted); }
        .todo { border: 1px solid var(--line); border-left: 5px solid var(--partial); border-radius: 3px; padding: 8px 12px; margin: 8px 0;
          break-inside: avoid; page-break-inside: avoid; }
        .todo.low, .todo.none { border-left-color: var(--low); }
        .todo.full { border-left-color: var(--accent); }
        td.rule code { white-space: nowrap; }
        table.schools td:nth-child(2) { min-width: 11em; }
        h2 + section.school { border-top: none; margin-top: 0; padding-top: 4px; }
        .todo ul { margin: 4px 0; padding-left: 20px; }
        .todo .related { font-size: 13px; }
        .todo .related code { white-space: nowrap; }
        ol.examples { margin: 0; padding-left: 18px; font-size: 12px; }
        ol.examples li { overflow-wrap: anywhere; }
        .files { font-size: 12px; color: var(--muted); }
        .ok { color: var(--full); font-weight: 600; }
        a { color: var(--accent); }
        .page-footer { margin-top: 36px; border-top: 1px solid var(--line); font-size: 12px; color: var(--muted); }
        @media (max-width: 720px) { main { padding: 16px; margin: 0; } .school-head { flex-direction: column; } }
        @page { size: A4 portrait; margin: 14mm 12mm 16mm; }
        @media print {
          body { background: #fff; font-size: 10.5pt; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
          main { max-width: none; margin: 0; padding: 0; box-shadow: none; border-radius: 0; }
          h2 { margin-top: 18pt; break-after: avoid; page-break-after: avoid; }
          h4, h5 { break-after: avoid; page-break-after: avoid; }
          * { position: static !important; }
          section.school { break-before: page; page-break-before: always; border-top: none; margin-top: 0; padding-top: 0; }
          section.charts, h2#chi-tiet { break-before: page; page-break-before: always; }
          h2 + section.school { break-before: avoid; page-break-before: avoid; }
          table.schools { font-size: 9pt; }
          table.schools th, table.schools td { padding: 4px 5px; }
          thead { display: table-header-group; }
          tr, .card, .notice { break-inside: avoid; page-break-inside: avoid; }
          table.sortable th::after { content: none !important; }
          .hint { display: none; }
          a { color: inherit; text-decoration: none; }
        }
        """

    /// Sorts a table by a clicked header (numbers by `data-v`, text in Vietnamese order). Without
    /// script the table keeps its printed order and nothing is lost.
    static let script = """
        document.querySelectorAll("table.sortable").forEach(function (table) {
          table.classList.add("js");
          var hint = table.parentNode.querySelector(".hint[hidden]"); if (hint) hint.hidden = false;
          table.querySelectorAll("thead th[data-type]").forEach(function (th) {
            th.tabIndex = 0;
            function sort() {
              var body = table.tBodies[0], i = th.cellIndex, up = th.getAttribute("aria-sort") !== "ascending";
              table.querySelectorAll("thead th").forEach(function (h) { h.removeAttribute("aria-sort"); });
              th.setAttribute("aria-sort", up ? "ascending" : "descending");
              Array.prototype.slice.call(body.rows).sort(function (a, b) {
                var x = a.cells[i].getAttribute("data-v"), y = b.cells[i].getAttribute("data-v");
                var c = th.dataset.type === "num" ? parseFloat(x) - parseFloat(y) : x.localeCompare(y, "vi");
                return up ? c : -c;
              }).forEach(function (row) { body.appendChild(row); });
            }
            th.addEventListener("click", sort);
            th.addEventListener("keydown", function (e) { if (e.key === "Enter" || e.key === " ") { e.preventDefault(); sort(); } });
          });
        });
        """
}
