/// The service's style sheet (`/static/style.css`): system fonts only, readable on a phone.
enum StyleSheet {
    static let css = """
        :root { --ink:#1b2430; --muted:#5b6675; --line:#d5dbe3; --accent:#0b5cad; --error:#b3261e; --warn:#8a5a00; --ok:#1e7a34; --bg:#f6f8fa; }
        * { box-sizing: border-box; }
        body { margin:0; font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", Arial, sans-serif; color:var(--ink); background:var(--bg); line-height:1.5; }
        .skip { position:absolute; left:-999px; } .skip:focus { left:8px; top:8px; background:#fff; padding:4px 8px; }
        header.top { display:flex; flex-wrap:wrap; gap:12px; align-items:center; justify-content:space-between; padding:10px 16px; background:#fff; border-bottom:1px solid var(--line); }
        .brand { font-weight:700; font-size:1.2rem; color:var(--accent); text-decoration:none; }
        nav { display:flex; flex-wrap:wrap; gap:12px; align-items:center; }
        main { max-width:1100px; margin:0 auto; padding:16px; }
        footer { max-width:1100px; margin:0 auto; padding:16px; color:var(--muted); font-size:.85rem; }
        h1 { font-size:1.5rem; } h2 { font-size:1.2rem; margin-top:1.6em; } h3 { font-size:1.05rem; }
        a { color:var(--accent); } a:focus, button:focus, input:focus, select:focus, summary:focus { outline:3px solid #ffb000; outline-offset:2px; }
        .card { background:#fff; border:1px solid var(--line); border-radius:8px; padding:16px; display:grid; grid-template-columns:minmax(0, 1fr); gap:8px; }
        .card > *, .drop > * { min-width:0; }
        input, select { max-width:100%; }
        .narrow { max-width:420px; }
        label { font-weight:600; }
        input, select, button { font:inherit; padding:8px 10px; border:1px solid var(--line); border-radius:6px; }
        button { background:var(--accent); color:#fff; border-color:var(--accent); cursor:pointer; }
        button.link { background:none; color:var(--accent); border:none; padding:0; text-decoration:underline; }
        form.inline { display:inline; }
        .drop { border:2px dashed var(--line); border-radius:8px; padding:16px; display:grid; grid-template-columns:minmax(0, 1fr); gap:8px; overflow-wrap:anywhere; }
        .drop.over { border-color:var(--accent); background:#eef5fd; }
        .chosen { margin:0; padding-left:20px; }
        .alert { color:var(--error); background:#fdecea; border:1px solid #f5c2be; padding:8px 12px; border-radius:6px; }
        .notice { background:#fff8e1; border:1px solid #f0d58a; padding:8px 12px; border-radius:6px; }
        .ok { color:var(--ok); }
        .muted { color:var(--muted); }
        .verdict { padding:8px 12px; border-radius:6px; background:#fff; border:1px solid var(--line); }
        .verdict.fail { border-color:#f5c2be; background:#fdecea; } .verdict.pass { border-color:#b7dfc2; background:#eaf6ee; }
        table.list { width:100%; border-collapse:collapse; background:#fff; margin:8px 0; }
        table.list th, table.list td { border-bottom:1px solid var(--line); padding:6px 8px; text-align:left; vertical-align:top; }
        table.list thead th { background:#eef1f5; overflow-wrap:normal; }
        tr.criterion th { background:#f3f6fa; }
        .num { text-align:right; font-variant-numeric:tabular-nums; white-space:nowrap; }
        main { overflow-wrap:anywhere; }
        .figures-inline span { white-space:nowrap; margin-right:8px; }
        .filters { display:flex; flex-wrap:wrap; gap:8px; align-items:center; margin:8px 0; }
        details.rule { background:#fff; border:1px solid var(--line); border-radius:6px; margin:8px 0; padding:6px 10px; }
        details.rule.error { border-left:4px solid var(--error); } details.rule.warning { border-left:4px solid var(--warn); }
        .badge { display:inline-block; padding:0 6px; border-radius:4px; font-size:.85rem; color:#fff; background:var(--muted); }
        .badge.error { background:var(--error); } .badge.warning { background:var(--warn); }
        section.file { margin-top:16px; }
        .downloads li { margin:4px 0; }
        progress { width:100%; }
        .scroll { overflow-x:auto; }
        .pager { margin:8px 0; overflow-wrap:anywhere; } .pager a, .pager b { display:inline-block; padding:2px 6px; }
        table.dashboard td, table.dashboard th { white-space:nowrap; }
        table.dashboard thead a { color:inherit; }
        tr.late td { background:#fff8e1; }
        tr.total th, tr.total td { background:#eef1f5; }
        .notice.example span { margin-right:6px; }
        .legend { margin-right:12px; white-space:nowrap; } .swatch { display:inline-block; width:12px; height:12px; margin-right:4px; border-radius:2px; vertical-align:middle; }
        .c0 { background:#0b5cad; } .c1 { background:#d55e00; } .c2 { background:#009e73; } .c3 { background:#cc79a7; } .c4 { background:#8a6d00; } .c5 { background:#56b4e9; }
        textarea { width:100%; font:inherit; padding:8px; border:1px solid var(--line); border-radius:6px; }
        svg.trend { background:#fff; border:1px solid var(--line); border-radius:6px; max-width:100%; height:auto; }
        @media (max-width: 640px) {
          table.list { font-size:.9rem; }
          table.list thead { display:none; }
          table.list tr { display:block; border-bottom:1px solid var(--line); padding:4px 0; }
          table.list td, table.list th { display:block; border:none; padding:2px 8px; }
          .num { text-align:left; }
          td[data-label]::before { content: attr(data-label) ": "; font-weight:600; color:var(--muted); }
        }
        """
}
