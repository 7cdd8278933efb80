using Sim.Parquet.Thrift;

namespace Sim.Parquet.Format;

/// <summary>
/// Thrift PageHeader with its one page-specific header flattened in: DataPageHeader (v1),
/// DataPageHeaderV2 or DictionaryPageHeader, whichever <see cref="SubHeader"/> says was present.
/// </summary>
internal sealed class PageHeader
{
    public PageType Type { get; set; }

    public int UncompressedPageSize { get; set; }

    public int CompressedPageSize { get; set; }

    public int? Crc { get; set; }

    /// <summary>Field id of the sub-header that was read (5 v1 data, 7 dictionary, 8 v2 data), 0 if none.</summary>
    public short SubHeader { get; set; }

    /// <summary>Values in the page, nulls included (data pages) or dictionary entries (dictionary pages).</summary>
    public int NumValues { get; set; }

    public PageEncoding Encoding { get; set; }

    public PageEncoding DefinitionLevelEncoding { get; set; } = PageEncoding.Rle;

    public PageEncoding RepetitionLevelEncoding { get; set; } = PageEncoding.Rle;

    public int NumNulls { get; set; }

    public int NumRows { get; set; }

    public int DefinitionLevelsByteLength { get; set; }

    public int RepetitionLevelsByteLength { get; set; }

    public bool IsCompressed { get; set; } = true;

    public void Write(CompactWriter w)
    {
        w.FieldI32(1, (int)Type);
        w.FieldI32(2, UncompressedPageSize);
        w.FieldI32(3, CompressedPageSize);
        if (Crc is { } crc)
        {
            w.FieldI32(4, crc);
        }

        if (Type == PageType.DictionaryPage)
        {
            w.FieldStructBegin(7);
            w.FieldI32(1, NumValues);
            w.FieldI32(2, (int)Encoding);
            w.EndStruct();
        }
        else
        {
            w.FieldStructBegin(5);
            w.FieldI32(1, NumValues);
            w.FieldI32(2, (int)Encoding);
            w.FieldI32(3, (int)DefinitionLevelEncoding);
            w.FieldI32(4, (int)RepetitionLevelEncoding);
            w.EndStruct();
        }
    }

    public static PageHeader Read(ref CompactReader r)
    {
        var h = new PageHeader();
        var seen = 0;
        r.BeginStruct();
        while (r.NextField(out var id, out var type))
        {
            switch (id)
            {
                case 1:
                    h.Type = (PageType)r.I32(type, "type");
                    seen |= 1;
                    break;
                case 2:
                    h.UncompressedPageSize = r.I32(type, "uncompressed_page_size");
                    seen |= 2;
                    break;
                case 3:
                    h.CompressedPageSize = r.I32(type, "compressed_page_size");
                    seen |= 4;
                    break;
                case 4:
                    h.Crc = r.I32(type, "crc");
                    break;
                case 5:
                case 7:
                case 8:
                    r.Struct(type, "page sub-header");
                    if (h.SubHeader != 0)
                    {
                        throw r.Error("page header carries more than one page-specific header");
                    }

                    h.SubHeader = id;
                    ReadSubHeader(ref r, h, id);
                    break;
                default:
                    r.Skip(type);
                    break;
            }
        }

        r.EndStruct();
        if (seen != 7)
        {
            throw r.Error("page header lacks type or sizes");
        }

        if (h.UncompressedPageSize < 0 || h.CompressedPageSize < 0)
        {
            throw r.Error("negative page size");
        }

        return h;
    }

    private static void ReadSubHeader(ref CompactReader r, PageHeader h, short kind)
    {
        var hasCount = false;
        r.BeginStruct();
        while (r.NextField(out var id, out var type))
        {
            switch (kind, id)
            {
                case (_, 1):
                    h.NumValues = r.I32(type, "num_values");
                    hasCount = true;
                    break;
                case (5, 2) or (7, 2) or (8, 4):
                    h.Encoding = (PageEncoding)r.I32(type, "encoding");
                    break;
                case (5, 3):
                    h.DefinitionLevelEncoding = (PageEncoding)r.I32(type, "definition_level_encoding");
                    break;
                case (5, 4):
                    h.RepetitionLevelEncoding = (PageEncoding)r.I32(type, "repetition_level_encoding");
                    break;
                case (8, 2):
                    h.NumNulls = r.I32(type, "num_nulls");
                    break;
                case (8, 3):
                    h.NumRows = r.I32(type, "num_rows");
                    break;
                case (8, 5):
                    h.DefinitionLevelsByteLength = r.I32(type, "definition_levels_byte_length");
                    break;
                case (8, 6):
                    h.RepetitionLevelsByteLength = r.I32(type, "repetition_levels_byte_length");
                    break;
                case (8, 7):
                    h.IsCompressed = r.FieldBool(type, "is_compressed");
                    break;
                default:
                    r.Skip(type);
                    break;
            }
        }

        r.EndStruct();
        if (!hasCount || h.NumValues < 0)
        {
            throw r.Error("page header lacks a valid num_values");
        }
    }
}
