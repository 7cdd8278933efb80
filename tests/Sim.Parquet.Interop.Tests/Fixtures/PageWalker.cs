namespace Sim.Parquet.Interop.Tests.Fixtures;

/// <summary>
/// Walks the page headers of a column chunk with a minimal Thrift compact-protocol reader of its own (written
/// from parquet.thrift, independent of Sim.Parquet's), because DuckDB's metadata functions stop at column chunks:
/// it lets the tests count pages and check that page value counts add up to the chunk's num_values.
/// </summary>
internal static class PageWalker
{
    /// <summary>One page: its type (0 data, 2 dictionary, 3 data v2), sizes and value count.</summary>
    public readonly record struct Page(int Type, int UncompressedSize, int CompressedSize, int NumValues, long Offset);

    /// <summary>The pages from <paramref name="start"/> to exactly <paramref name="end"/>; throws if they do not tile the range.</summary>
    public static List<Page> Walk(byte[] file, long start, long end)
    {
        var pages = new List<Page>();
        var at = start;
        while (at < end)
        {
            var reader = new Reader(file, (int)at);
            var page = reader.PageHeader(at);
            pages.Add(page);
            at = reader.Position + page.CompressedSize;
        }

        if (at != end)
        {
            throw new InvalidDataException($"pages run from {start} to {at}, the chunk ends at {end}");
        }

        return pages;
    }

    private ref struct Reader(byte[] bytes, int position)
    {
        private readonly byte[] bytes = bytes;

        public int Position { get; private set; } = position;

        public Page PageHeader(long offset)
        {
            int type = -1, uncompressed = -1, compressed = -1, values = -1;
            short id = 0;
            while (true)
            {
                var (fieldType, fieldId) = FieldHeader(ref id);
                if (fieldType == 0)
                {
                    break;
                }

                switch (fieldId)
                {
                    case 1 when fieldType == 5: type = (int)ZigZag(); break;
                    case 2 when fieldType == 5: uncompressed = (int)ZigZag(); break;
                    case 3 when fieldType == 5: compressed = (int)ZigZag(); break;
                    case 5 or 7 or 8 when fieldType == 12: values = FirstI32OfStruct(); break;
                    default: Skip(fieldType); break;
                }
            }

            return new Page(type, uncompressed, compressed, values, offset);
        }

        private int FirstI32OfStruct()
        {
            int value = -1;
            short id = 0;
            while (true)
            {
                var (fieldType, fieldId) = FieldHeader(ref id);
                if (fieldType == 0)
                {
                    return value;
                }

                if (fieldId == 1 && fieldType == 5)
                {
                    value = (int)ZigZag();
                }
                else
                {
                    Skip(fieldType);
                }
            }
        }

        private (int Type, short Id) FieldHeader(ref short lastId)
        {
            var header = bytes[Position++];
            var type = header & 0x0F;
            if (type == 0)
            {
                return (0, 0);
            }

            var delta = header >> 4;
            lastId = delta != 0 ? (short)(lastId + delta) : (short)ZigZag();
            return (type, lastId);
        }

        private void Skip(int type)
        {
            switch (type)
            {
                case 1 or 2: break; // booleans live in the field header
                case 3: Position++; break;
                case 4 or 5 or 6: ZigZag(); break;
                case 7: Position += 8; break;
                case 8: Position += (int)Varint(); break;
                case 9 or 10:
                    var header = bytes[Position++];
                    var size = header >> 4 == 15 ? (int)Varint() : header >> 4;
                    for (var i = 0; i < size; i++)
                    {
                        SkipElement(header & 0x0F);
                    }

                    break;
                case 11:
                    var entries = (int)Varint();
                    if (entries > 0)
                    {
                        var kinds = bytes[Position++];
                        for (var i = 0; i < entries; i++)
                        {
                            SkipElement(kinds >> 4);
                            SkipElement(kinds & 0x0F);
                        }
                    }

                    break;
                case 12:
                    short id = 0;
                    while (true)
                    {
                        var (fieldType, _) = FieldHeader(ref id);
                        if (fieldType == 0)
                        {
                            break;
                        }

                        Skip(fieldType);
                    }

                    break;
                default: throw new InvalidDataException($"unknown compact type {type} at {Position}");
            }
        }

        /// <summary>List/set/map elements: booleans take a byte here, other types as in fields.</summary>
        private void SkipElement(int type)
        {
            if (type is 1 or 2)
            {
                Position++;
            }
            else
            {
                Skip(type);
            }
        }

        private long ZigZag()
        {
            var raw = Varint();
            return (long)(raw >> 1) ^ -(long)(raw & 1);
        }

        private ulong Varint()
        {
            ulong result = 0;
            for (var shift = 0; ; shift += 7)
            {
                var b = bytes[Position++];
                result |= (ulong)(b & 0x7F) << shift;
                if (b < 0x80)
                {
                    return result;
                }
            }
        }
    }
}
