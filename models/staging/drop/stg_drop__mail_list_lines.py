"""Every physical line of mail_list.csv, numbered as an editor numbers it, decoded to text.

Lines as a person counts them: a file with any LF ends its lines with LF or CRLF (both, mixed in
one file, give the same numbers), and a lone CR inside such a line is a character of that line;
a file with CR and no LF (old Mac) ends its lines with CR. A final line terminator does not start
another line. A UTF-8 byte-order mark before the header is dropped.

Text: with list_encoding utf-8 (the default), a line that is not valid UTF-8 (a Windows-1252
export from a spreadsheet: `Jos\\xe9`) is read as Windows-1252 and flagged `is_recoded`, so no
line is lost and the name comes out right (`José`); byte values Windows-1252 leaves undefined are
read as Latin-1. With list_encoding windows-1252 every line is read so.

The file is read in blocks, so memory stays near one block plus the lines as Arrow strings.
A file with no CR at all that is valid UTF-8 (nearly every list) is checked in one pass and then
split into lines by DuckDB's own reader, in parallel: with LF alone the two readings agree.
Line 1 is the header. A Parquet list has no physical lines: this model is then empty.
"""
import codecs

import pyarrow as pa

BLOCK = 64 << 20


def decode(line, encoding):
    if encoding == "utf-8":
        try:
            return line.decode("utf-8"), False
        except UnicodeDecodeError:
            pass
    try:
        return line.decode("cp1252"), encoding == "utf-8"
    except UnicodeDecodeError:
        return line.decode("latin-1"), encoding == "utf-8"


def terminator_of(path):
    """b"\\n" when the file holds any LF, else b"\\r" when it holds a CR, else None (one line)."""
    seen_cr = False
    with open(path, "rb") as f:
        for block in iter(lambda: f.read(BLOCK), b""):
            if b"\n" in block:
                return b"\n"
            seen_cr = seen_cr or b"\r" in block
    return b"\r" if seen_cr else None


def physical_lines(path, encoding):
    """(line texts, recoded flags) of the whole file, as Arrow arrays built block by block."""
    terminator = terminator_of(path)
    texts, flags = [], []
    chunks_text, chunks_flag = [], []
    rest = b""
    first = True
    with open(path, "rb") as f:
        while True:
            block = f.read(BLOCK)
            data = rest + block
            if first:
                if data.startswith(b"\xef\xbb\xbf"):
                    data = data[3:]
                first = False
            if not block:
                parts, rest = ([data] if data else []), b""
            elif terminator is None:
                rest = data
                continue
            else:
                parts = data.split(terminator)
                rest = parts.pop()  # the unfinished line waits for the next block
            for part in parts:
                if terminator == b"\n" and part.endswith(b"\r"):
                    part = part[:-1]
                text, recoded = decode(part, encoding)
                texts.append(text)
                flags.append(recoded)
            chunks_text.append(pa.array(texts, pa.string()))
            chunks_flag.append(pa.array(flags, pa.bool_()))
            texts, flags = [], []
            if not block:
                break
    return pa.chunked_array(chunks_text, pa.string()), pa.chunked_array(chunks_flag, pa.bool_())


def plain_lf_utf8(path):
    """True when the file holds no CR and is valid UTF-8 throughout."""
    decoder = codecs.getincrementaldecoder("utf-8")()
    with open(path, "rb") as f:
        for block in iter(lambda: f.read(BLOCK), b""):
            if b"\r" in block:
                return False
            try:
                decoder.decode(block)
            except UnicodeDecodeError:
                return False
    try:
        decoder.decode(b"", final=True)
    except UnicodeDecodeError:
        return False
    return True


def model(dbt, session):
    dbt.config(materialized="table")
    dbt.ref("int_drop__output_directory")  # the output folder is prepared before the drop is read
    path, encoding = dbt.ref("int_drop__settings").project("mail_list_csv, list_encoding").fetchall()[0]
    if path and plain_lf_utf8(path):
        quoted = "'" + path.replace("'", "''") + "'"
        return session.sql(
            "select row_number() over () as source_line, coalesce(line, '') as line, false as is_recoded "
            "from read_csv(" + quoted + ", columns = { 'line': 'VARCHAR' }, header = false, delim = chr(30), "
            "quote = '', escape = '', auto_detect = false, strict_mode = false)")
    if not path:
        texts, flags = pa.chunked_array([], pa.string()), pa.chunked_array([], pa.bool_())
    else:
        texts, flags = physical_lines(path, encoding)
    numbers = pa.array(range(1, len(texts) + 1), pa.int64())
    lines = pa.table({"source_line": numbers, "line": texts.combine_chunks() if len(texts) else pa.array([], pa.string()),
                      "is_recoded": flags.combine_chunks() if len(flags) else pa.array([], pa.bool_())})
    return lines
