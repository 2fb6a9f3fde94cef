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
split into lines by DuckDB's own reader, in parallel: with LF alone the two readings agree. DuckDB's
reader refuses a line over 2,000,000 bytes and stops the build (a list with a damaged record, or a
file that is not a list); a file with a line that may be that long (any stretch of 512 KiB without
a line break) is read by our own line reader instead, so the line is counted and rejected with
the rest, never lost.
Line 1 is the header. A Parquet list has no physical lines: this model is then empty.

On Spark (the spark target) the file is read by Spark's text source, which splits a large file
into several partitions read in parallel: each line is numbered by the byte offset of the split
it was read from and its place within that split, so the numbers stay physical lines whatever
the partitioning (tests/spark checks this with tiny splits). Spark keeps each line's bytes as
they are; a line that is not valid UTF-8 is decoded as Windows-1252 from those bytes, as above.
"""
import codecs

BLOCK = 64 << 20
# A line longer than twice this holds one of the block's aligned windows of this size whole (BLOCK
# is a multiple of it): such a window without a line break sends the file to our own reader, well
# before DuckDB's limit of 2,000,000 bytes a line.
LONG_LINE_WINDOW = 512 << 10


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
    import pyarrow as pa

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
    """True when the file holds no CR, is valid UTF-8 throughout and has no line that may be too
    long for DuckDB's reader (a window of LONG_LINE_WINDOW bytes without LF)."""
    decoder = codecs.getincrementaldecoder("utf-8")()
    with open(path, "rb") as f:
        for block in iter(lambda: f.read(BLOCK), b""):
            if b"\r" in block:
                return False
            if any(block.find(b"\n", start, start + LONG_LINE_WINDOW) < 0
                   for start in range(0, len(block) - LONG_LINE_WINDOW + 1, LONG_LINE_WINDOW)):
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


# Windows-1252 differs from Latin-1 in 27 of the bytes 0x80-0x9F; the other five it leaves
# undefined, and a line holding one of those is read as Latin-1 throughout (as decode() does).
CP1252_SPECIALS = [byte for byte in range(0x80, 0xA0) if byte not in (0x81, 0x8D, 0x8F, 0x90, 0x9D)]


def spark_lines(session, path, encoding):
    """The lines of the file on Spark, numbered from 1 in file order across every split."""
    from pyspark.sql import Window, functions as F

    def read(separator):
        return session.read.option("lineSep", separator).text(path)

    lines = read("\n")
    separator = "\n"
    if lines.limit(2).count() == 1 and lines.filter(F.col("value").contains("\r")).count():
        lines, separator = read("\r"), "\r"  # CR and no LF: an old Mac file
    # A line is numbered by the split it was read from (its byte offset in the file) and its place
    # in that split: lines before each split are counted per split, all in Spark, so no line
    # crosses into Python and no single task sees the whole file.
    placed = lines.select(
        F.col("value").cast("binary").alias("raw"),
        F.col("_metadata.file_block_start").alias("split_start"),
        F.monotonically_increasing_id().alias("place_in_split"))
    splits = placed.groupBy("split_start").count().orderBy("split_start").collect()
    offsets, before = [], 0
    for split in splits:
        offsets.append((split["split_start"], before))
        before += split["count"]
    split_offsets = session.createDataFrame(offsets or [(0, 0)], "split_start long, lines_before long")
    numbered = placed.join(F.broadcast(split_offsets), "split_start").select(
        (F.col("lines_before") + F.row_number().over(
            Window.partitionBy("split_start").orderBy("place_in_split"))).alias("source_line"),
        F.col("raw"))
    # the line's own bytes: a CR before the LF belongs to the ending, a UTF-8 byte-order mark
    # before the header is dropped (Spark's string functions would replace bytes that are not UTF-8)
    raw = F.col("raw")
    if separator == "\n":
        raw = F.when(F.substring(raw, -1, 1) == F.lit(b"\r"),
                     F.expr("substring(raw, 1, length(raw) - 1)")).otherwise(raw)
    numbered = numbered.select("source_line", raw.alias("raw"))
    raw = F.col("raw")
    raw = F.when((F.col("source_line") == 1) & (F.substring(raw, 1, 3) == F.lit(b"\xef\xbb\xbf")),
                 F.expr("substring(raw, 4)")).otherwise(raw)
    latin = F.decode(raw, "ISO-8859-1")
    cp1252 = F.translate(latin, "".join(chr(b) for b in CP1252_SPECIALS),
                         "".join(bytes([b]).decode("cp1252") for b in CP1252_SPECIALS))
    recoded = F.when(latin.rlike("[\u0081\u008D\u008F\u0090\u009D]"), latin).otherwise(cp1252)
    valid = F.is_valid_utf8(raw.cast("string")) if encoding == "utf-8" else F.lit(False)
    return numbered.select(
        F.col("source_line"),
        F.when(valid, F.decode(raw, "UTF-8")).otherwise(recoded).alias("line"),
        (~valid & F.lit(encoding == "utf-8")).alias("is_recoded"))


def model(dbt, session):
    dbt.config(materialized="table")
    # Unlike the other drop files, the list's lines do not wait for int_drop__output_directory:
    # reading them writes nothing, and they start the build's longest chain. dbt starts the ready
    # nodes by their depth in the graph, then by name, so one level deeper they waited behind the
    # reference files (at 10M records, 21.6 s behind stg_drop__delivery_points and the COA file).
    settings = dbt.ref("int_drop__settings")
    if hasattr(session, "createDataFrame"):
        path, encoding = settings.select("mail_list_csv", "list_encoding").first()
        if not path:
            return session.sql("select cast(null as bigint) as source_line, cast(null as string) as line, "
                               "cast(null as boolean) as is_recoded where false")
        return spark_lines(session, path, encoding)
    path, encoding = settings.project("mail_list_csv, list_encoding").fetchall()[0]
    import pyarrow as pa

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
