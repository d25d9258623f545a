import { describe, expect, it } from "vitest";
import { ORDER_CSV_COLUMNS, parseOrdersCsv, sniffDelimiter, writeOrdersCsv } from "./orders-csv.ts";

const HEADER = "order_number,marketplace,tracking_numbers,title,notes";

describe("parseOrdersCsv", () => {
  it("reads rows into order inputs, numbers and the line each starts on", () => {
    const { rows, problems } = parseOrdersCsv(
      [
        "order_number,marketplace,tracking_numbers,carrier,title,items,seller,placed,shipping_method,destination,protection_until,protection_days,labels,notes,archived",
        '8190000000000001,aliexpress,"LP00123456789012, RB123456785GB;RR123456785CN",cainiao,USB-C cable,"Cable, 1 m; Cable 2 m",Cable Store,2026-11-01,AliExpress Standard Shipping,"Madrid, ES",,60,"gift, urgent",Call the seller,1',
      ].join("\n"),
    );
    expect(problems).toEqual([]);
    expect(rows).toEqual([
      {
        line: 2,
        input: {
          orderNumber: "8190000000000001",
          marketplace: "aliexpress",
          title: "USB-C cable",
          items: ["Cable, 1 m", "Cable 2 m"],
          seller: "Cable Store",
          placed: "2026-11-01",
          method: "AliExpress Standard Shipping",
          destination: "Madrid, ES",
          protectionUntil: "",
          protectionDays: "60",
          labels: "gift, urgent",
          notes: "Call the seller",
        },
        numbers: ["LP00123456789012", "RB123456785GB", "RR123456785CN"],
        carrier: "cainiao",
        archived: true,
      },
    ]);
  });

  it("accepts a UTF-8 BOM, CRLF and column names in any case and order", () => {
    const { rows, problems } = parseOrdersCsv(
      "\uFEFFTitle,Tracking Numbers,ORDER_NUMBER\r\nCable,LP00123456789012,81900001\r\nLamp,,81900002\r\n",
    );
    expect(problems).toEqual([]);
    expect(rows.map((row) => [row.line, row.input.orderNumber, row.input.title, row.numbers])).toEqual([
      [2, "81900001", "Cable", ["LP00123456789012"]],
      [3, "81900002", "Lamp", []],
    ]);
  });

  it("sniffs a ; delimiter from the header, so that commas in values need no quotes", () => {
    expect(sniffDelimiter("order_number;title;destination\n1;a,b;c")).toBe(";");
    expect(sniffDelimiter('"a;b",c\n')).toBe(",");
    const { rows, problems } = parseOrdersCsv(
      "order_number;tracking_numbers;destination;title\n81900001;LP00123456789012,RB123456785GB;Madrid, ES;Cable, 2 m\n",
    );
    expect(problems).toEqual([]);
    expect(rows[0]?.input).toMatchObject({ destination: "Madrid, ES", title: "Cable, 2 m" });
    expect(rows[0]?.numbers).toEqual(["LP00123456789012", "RB123456785GB"]);
  });

  it("counts physical lines, quoted newlines included, for the line a record starts on", () => {
    const text = [
      HEADER, // 1
      '1,aliexpress,LP00000000000001,a,"two', // 2
      'lines"', // 3
      '2,aliexpress,LP00000000000002,b,"three', // 4
      "", // 5
      'lines"', // 6
      "", // 7: blank, skipped
      "3,aliexpress,LP00000000000003,c,", // 8
      '4,aliexpress,LP00000000000004,"multi\r\nline title",x', // 9-10
      "5,aliexpress,,e,", // 11
    ].join("\r\n");
    const { rows, problems } = parseOrdersCsv(text);
    expect(problems).toEqual([]);
    expect(rows.map((row) => row.line)).toEqual([2, 4, 8, 9, 11]);
    expect(rows[1]?.input.notes).toBe("three\n\nlines");
    expect(rows[3]?.input.title).toBe("multi\nline title");
  });

  it("names unknown columns, with the column it probably meant", () => {
    const { rows, problems } = parseOrdersCsv(
      "order_number,tracking_number,colour\n1,LP00000000000001,red\n",
    );
    expect(rows).toEqual([]);
    expect(problems).toHaveLength(1);
    expect(problems[0]?.line).toBe(1);
    expect(problems[0]?.reason).toContain(
      'unknown columns "tracking_number" (did you mean "tracking_numbers"?), "colour"',
    );
  });

  it("refuses a file without a header row, an empty file and a repeated column", () => {
    expect(parseOrdersCsv("8190000000000001,aliexpress,LP00123456789012\n").problems).toEqual([
      { line: 1, reason: expect.stringContaining("the header row is missing") },
    ]);
    expect(parseOrdersCsv("").problems).toEqual([
      { line: 1, reason: expect.stringContaining("the file is empty") },
    ]);
    expect(parseOrdersCsv("\uFEFF\r\n\r\n").problems).toEqual([
      { line: 1, reason: expect.stringContaining("the file is empty") },
    ]);
    expect(parseOrdersCsv("title,Title\nx,y\n").problems[0]?.reason).toMatch(/"title" appears twice/);
    expect(parseOrdersCsv("title,notes\nx,y\n").problems[0]?.reason).toMatch(
      /order_number or a tracking_numbers/,
    );
  });

  it("takes a header with no rows as an empty import", () => {
    expect(parseOrdersCsv(`${HEADER}\r\n`)).toEqual({ rows: [], problems: [] });
  });

  it("skips blank rows, spreadsheets' trailing ,,,, rows included", () => {
    const { rows, problems } = parseOrdersCsv(`${HEADER}\n,,,,\n\n1,aliexpress,,a,\n , ,,,\n`);
    expect(problems).toEqual([]);
    expect(rows.map((row) => row.line)).toEqual([4]);
  });

  it("reports every bad row with its line and keeps the good ones", () => {
    const lines = [HEADER];
    for (let i = 0; i < 10; i++) lines.push(`${i},aliexpress,LP0000000000000${i},t,n,extra`);
    lines.push("10,aliexpress,LP00000000000010,fine,");
    const { rows, problems } = parseOrdersCsv(lines.join("\n"));
    expect(problems.map((problem) => problem.line)).toEqual([2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
    expect(problems[0]?.reason).toMatch(/value in column 6, but the header names 5 columns/);
    expect(rows.map((row) => row.line)).toEqual([12]);
  });

  it("refuses control characters with the line and column", () => {
    const { rows, problems } = parseOrdersCsv(
      `${HEADER}\n1,aliexpress,,ok,\n2,aliexpress,,bell\u0007,\n3,aliexpress,,x,nul\u0000\n`,
    );
    expect(rows.map((row) => row.line)).toEqual([2]);
    expect(problems).toEqual([
      { line: 3, reason: "the title column contains a control character (U+0007); remove it." },
      { line: 4, reason: "the notes column contains a control character (U+0000); remove it." },
    ]);
  });

  it("keeps unicode as it is", () => {
    const title = "Câble ⚡ 数据线 😀 Кабель";
    const { rows } = parseOrdersCsv(`${HEADER}\n1,aliexpress,,${title},"Примечание\n備考"\n`);
    expect(rows[0]?.input.title).toBe(title);
    expect(rows[0]?.input.notes).toBe("Примечание\n備考");
  });

  it("reads a stray quote inside an unquoted value as text, and an unclosed quoted value as a problem", () => {
    const { rows } = parseOrdersCsv(`${HEADER}\n1,aliexpress,,7" tablet,\n`);
    expect(rows[0]?.input.title).toBe('7" tablet');
    const broken = parseOrdersCsv(
      `${HEADER}\n1,aliexpress,,fine,\n2,aliexpress,,"never closed,\n3,aliexpress,,x,\n`,
    );
    expect(broken.rows.map((row) => row.line)).toEqual([2]);
    expect(broken.problems).toEqual([{ line: 3, reason: expect.stringContaining('closing " is missing') }]);
  });

  it("reads the archived column as 1/0 (also true/false, yes/no) and refuses anything else", () => {
    const { rows, problems } = parseOrdersCsv("order_number,archived\n1,1\n2,0\n3,\n4,TRUE\n5,maybe\n");
    expect(rows.map((row) => row.archived)).toEqual([true, false, undefined, true]);
    expect(problems).toEqual([{ line: 6, reason: 'archived "maybe" must be 1 (archived) or 0 (active).' }]);
  });

  it("undoes the export's formula neutralisation", () => {
    const { rows } = parseOrdersCsv(
      `${HEADER}\n1,aliexpress,,"'=HYPERLINK(""x"")",'-2+3\n2,aliexpress,,''@x,-5\n`,
    );
    expect(rows[0]?.input).toMatchObject({ title: '=HYPERLINK("x")', notes: "-2+3" });
    expect(rows[1]?.input).toMatchObject({ title: "'@x", notes: "-5" });
  });
});

describe("writeOrdersCsv", () => {
  it("writes the header, CRLF, quotes where needed and spreadsheet-safe cells", () => {
    const text = writeOrdersCsv([
      {
        order_number: "1",
        marketplace: "aliexpress",
        title: '=HYPERLINK("http://x","y")',
        notes: "two\nlines",
        labels: "+1",
        seller: "@SUM(A1)",
        items: "-2+3",
        destination: "Madrid, ES",
        protection_days: "-5",
      },
    ]);
    const [header, ...rest] = text.split("\r\n");
    expect(header).toBe(ORDER_CSV_COLUMNS.map((column) => column.name).join(","));
    expect(rest.join("\r\n")).toBe(
      `1,aliexpress,,,"'=HYPERLINK(""http://x"",""y"")",'-2+3,'@SUM(A1),,,"Madrid, ES",,-5,'+1,"two\nlines",\r\n`,
    );
  });

  it("reads back to the same values", () => {
    const record = {
      order_number: "8190000000000001",
      tracking_numbers: "LP00123456789012 RB123456785GB",
      title: '=1+1 "quoted" ; and, commas',
      notes: "line 1\nline 2\n'=not a formula",
      labels: "'+1",
    };
    const { rows, problems } = parseOrdersCsv(writeOrdersCsv([record]));
    expect(problems).toEqual([]);
    expect(rows[0]).toMatchObject({
      line: 2,
      numbers: ["LP00123456789012", "RB123456785GB"],
      input: {
        orderNumber: record.order_number,
        title: record.title,
        notes: record.notes,
        labels: record.labels,
      },
    });
  });
});
