namespace Syndicator.Worker.Reports;

/// <summary>Screen and print styles of the report page (A4 portrait, tables kept whole where possible).</summary>
public static class ReportStyles
{
    public const string Css = """
        body{font-family:"Times New Roman",Times,serif;font-size:13pt;color:#000;max-width:190mm;margin:16px auto;padding:0 12px}
        header{text-align:center;margin-bottom:16px}
        h1{font-size:15pt;margin:0 0 6px}
        h2{font-size:13pt;margin:18px 0 6px}
        .commune{font-weight:bold;margin:2px 0}.period{font-style:italic;margin:2px 0}
        table{width:100%;border-collapse:collapse}
        th,td{border:1px solid #000;padding:4px 6px;text-align:left;vertical-align:top}
        th{background:#eee}
        td.none{text-align:center;font-style:italic}
        footer{margin-top:24px;font-size:11pt;font-style:italic}
        @page{size:A4 portrait;margin:20mm 15mm}
        @media print{body{margin:0;max-width:none}th{background:none}section{break-inside:avoid}tr{break-inside:avoid}}
        """;
}
