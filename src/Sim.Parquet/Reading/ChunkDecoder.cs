using System.Buffers.Binary;
using Sim.Parquet.Compression;
using Sim.Parquet.Encodings;
using Sim.Parquet.Format;
using Sim.Parquet.Thrift;

namespace Sim.Parquet.Reading;

/// <summary>
/// Decodes one column chunk into one value per row. A first pass reads only the page headers and
/// checks that their value counts add up to the row group's rows, so nothing is allocated from a
/// count the pages do not back up; the second pass decompresses and decodes page by page.
/// </summary>
internal sealed class ChunkDecoder<TValue>
{
    private readonly ColumnDescriptor _column;
    private readonly CompressionCodec _codec;
    private readonly PhysicalDecoder<TValue> _decoder;
    private readonly ParquetReaderOptions _options;
    private readonly string _what;
    private byte[] _scratch = [];
    private byte[] _levels = [];
    private int[] _indices = [];
    private TValue[]? _dictionary;

    public ChunkDecoder(ColumnDescriptor column, CompressionCodec codec, PhysicalDecoder<TValue> decoder, ParquetReaderOptions options, string what)
    {
        _column = column;
        _codec = codec;
        _decoder = decoder;
        _options = options;
        _what = what;
    }

    /// <summary>Decodes <paramref name="rows"/> rows; nulls are default and flagged false in <paramref name="present"/>.</summary>
    public TValue[] Decode(ReadOnlyMemory<byte> chunk, long rows, out bool[]? present)
    {
        var pages = ScanPages(chunk.Span, rows);
        var output = new TValue[rows];
        present = _column.MaxDefinitionLevel > 0 ? new bool[rows] : null;
        var row = 0;
        foreach (var (header, offset) in pages)
        {
            var body = chunk.Slice(offset, header.CompressedPageSize);
            if (_options.VerifyChecksums && header.Crc is { } crc && Crc32.Compute(body.Span) != (uint)crc)
            {
                throw new ParquetFormatException($"corrupt {_what}: page checksum mismatch at chunk offset {offset}");
            }

            switch (header.Type)
            {
                case PageType.DictionaryPage:
                    ReadDictionary(header, body, row);
                    break;
                case PageType.DataPage:
                    ReadDataPageV1(header, body, output.AsSpan(row, header.NumValues), present is null ? default : present.AsSpan(row, header.NumValues));
                    row += header.NumValues;
                    break;
                case PageType.DataPageV2:
                    ReadDataPageV2(header, body, output.AsSpan(row, header.NumValues), present is null ? default : present.AsSpan(row, header.NumValues));
                    row += header.NumValues;
                    break;
            }
        }

        return output;
    }

    private List<(PageHeader Header, int Offset)> ScanPages(ReadOnlySpan<byte> chunk, long rows)
    {
        var pages = new List<(PageHeader, int)>();
        Span<short> ids = stackalloc short[64];
        var pos = 0;
        long values = 0;
        while (values < rows)
        {
            if (pos >= chunk.Length)
            {
                throw new ParquetFormatException($"corrupt {_what}: the column chunk ends after {values} of {rows} values");
            }

            var reader = new CompactReader(chunk[pos..], ids, $"page header ({_what})");
            var header = PageHeader.Read(ref reader);
            var offset = pos + reader.Position;
            if (header.CompressedPageSize > chunk.Length - offset)
            {
                throw new ParquetFormatException(
                    $"corrupt {_what}: page of {header.CompressedPageSize} bytes exceeds the {chunk.Length - offset} bytes left in the chunk");
            }

            var expected = header.Type switch
            {
                PageType.DataPage => (short)5,
                PageType.DataPageV2 => (short)8,
                PageType.DictionaryPage => (short)7,
                _ => header.SubHeader,
            };
            if (header.SubHeader != expected)
            {
                throw new ParquetFormatException($"corrupt {_what}: {header.Type} page without its page header");
            }

            if (header.Type is PageType.DataPage or PageType.DataPageV2)
            {
                if (header.NumValues > rows - values)
                {
                    throw new ParquetFormatException($"corrupt {_what}: pages hold more values than the row group's {rows} rows");
                }

                values += header.NumValues;
            }

            pages.Add((header, offset));
            pos = offset + header.CompressedPageSize;
        }

        return pages;
    }

    private void ReadDictionary(PageHeader header, ReadOnlyMemory<byte> compressed, int row)
    {
        if (_dictionary is not null || row > 0)
        {
            throw new ParquetFormatException($"corrupt {_what}: a dictionary page after the first page");
        }

        if (header.Encoding is not (PageEncoding.Plain or PageEncoding.PlainDictionary))
        {
            throw new ParquetFormatException($"dictionary encoding {FormatNames.Of(header.Encoding)} is not supported ({_what})");
        }

        var body = Decompress(compressed, header.UncompressedPageSize);
        if (header.NumValues * _decoder.MinPlainBits > body.Length * 8L)
        {
            throw new ParquetFormatException($"corrupt {_what}: {header.NumValues} dictionary entries cannot fit in {body.Length} bytes");
        }

        _dictionary = new TValue[header.NumValues];
        _decoder.DecodePlain(body, _dictionary, _what);
    }

    private void ReadDataPageV1(PageHeader header, ReadOnlyMemory<byte> compressed, Span<TValue> target, Span<bool> present)
    {
        var body = Decompress(compressed, header.UncompressedPageSize);
        var pos = 0;
        var nonNull = target.Length;
        if (_column.MaxDefinitionLevel > 0)
        {
            var levels = Levels(target.Length);
            if (header.DefinitionLevelEncoding == PageEncoding.Rle)
            {
                var length = body.Length >= 4 ? BinaryPrimitives.ReadInt32LittleEndian(body) : -1;
                if (length < 0 || length > body.Length - 4)
                {
                    throw new ParquetFormatException($"corrupt {_what}: definition levels length {length} exceeds the page");
                }

                RleHybridDecoder.Decode<byte>(body.Slice(4, length), 1, levels, _what);
                pos = 4 + length;
            }
            else if (header.DefinitionLevelEncoding == PageEncoding.BitPacked)
            {
                pos = RleHybridDecoder.DecodeLegacyBitPacked(body, 1, levels, _what);
            }
            else
            {
                throw new ParquetFormatException(
                    $"definition level encoding {FormatNames.Of(header.DefinitionLevelEncoding)} is not supported ({_what})");
            }

            nonNull = target.Length - levels.Count((byte)0);
        }

        DecodeValues(header.Encoding, body[pos..], target[..nonNull]);
        Spread(target, present, nonNull);
    }

    private void ReadDataPageV2(PageHeader header, ReadOnlyMemory<byte> page, Span<TValue> target, Span<bool> present)
    {
        var repLength = header.RepetitionLevelsByteLength;
        var defLength = header.DefinitionLevelsByteLength;
        if (repLength < 0 || defLength < 0 || (long)repLength + defLength > page.Length
            || (long)repLength + defLength > header.UncompressedPageSize)
        {
            throw new ParquetFormatException($"corrupt {_what}: level lengths exceed the v2 page");
        }

        var nonNull = target.Length;
        if (_column.MaxDefinitionLevel > 0)
        {
            var levels = Levels(target.Length);
            RleHybridDecoder.Decode<byte>(page.Span.Slice(repLength, defLength), 1, levels, _what);
            nonNull = target.Length - levels.Count((byte)0);
        }

        var values = page[(repLength + defLength)..];
        var size = header.UncompressedPageSize - repLength - defLength;
        var body = header.IsCompressed ? Decompress(values, size) : Exact(values.Span, size);
        DecodeValues(header.Encoding, body, target[..nonNull]);
        Spread(target, present, nonNull);
    }

    private void DecodeValues(PageEncoding encoding, ReadOnlySpan<byte> data, Span<TValue> dest)
    {
        switch (encoding)
        {
            case PageEncoding.Plain:
                _decoder.DecodePlain(data, dest, _what);
                return;
            case PageEncoding.Rle:
                _decoder.DecodeRle(data, dest, _what);
                return;
            case PageEncoding.PlainDictionary:
            case PageEncoding.RleDictionary:
                var dictionary = _dictionary ?? throw new ParquetFormatException($"corrupt {_what}: dictionary-encoded page without a dictionary page");
                if (dest.IsEmpty)
                {
                    return;
                }

                if (data.IsEmpty)
                {
                    throw new ParquetFormatException($"corrupt {_what}: dictionary indices missing");
                }

                if (_indices.Length < dest.Length)
                {
                    _indices = new int[dest.Length];
                }

                var indices = _indices.AsSpan(0, dest.Length);
                RleHybridDecoder.Decode<int>(data[1..], data[0], indices, _what);
                for (var i = 0; i < indices.Length; i++)
                {
                    var index = indices[i];
                    if ((uint)index >= (uint)dictionary.Length)
                    {
                        throw new ParquetFormatException($"corrupt {_what}: dictionary index {index} outside a dictionary of {dictionary.Length}");
                    }

                    dest[i] = dictionary[index];
                }

                return;
            default:
                throw new ParquetFormatException($"encoding {FormatNames.Of(encoding)} is not supported ({_what})");
        }
    }

    /// <summary>Moves the compact non-null values to their rows, back to front, in place.</summary>
    private void Spread(Span<TValue> target, Span<bool> present, int nonNull)
    {
        if (_column.MaxDefinitionLevel == 0)
        {
            return;
        }

        var levels = _levels.AsSpan(0, target.Length);
        var j = nonNull - 1;
        for (var i = target.Length - 1; i >= 0; i--)
        {
            if (levels[i] != 0)
            {
                target[i] = target[j--];
                present[i] = true;
            }
            else
            {
                target[i] = default!;
            }
        }
    }

    private Span<byte> Levels(int count)
    {
        if (_levels.Length < count)
        {
            _levels = new byte[count];
        }

        return _levels.AsSpan(0, count);
    }

    private ReadOnlySpan<byte> Decompress(ReadOnlyMemory<byte> compressed, int size)
    {
        PageDecompressor.CheckDeclaredSize(_codec, compressed.Length, size, _options.MaxPageBytes, _what);
        if (_codec == CompressionCodec.Uncompressed)
        {
            return compressed.Span;
        }

        if (_scratch.Length < size)
        {
            _scratch = new byte[size];
        }

        var output = _scratch.AsSpan(0, size);
        PageDecompressor.Decompress(_codec, compressed, output, _what);
        return output;
    }

    private ReadOnlySpan<byte> Exact(ReadOnlySpan<byte> data, int size) => data.Length == size
        ? data
        : throw new ParquetFormatException($"corrupt {_what}: uncompressed v2 values hold {data.Length} bytes, header says {size}");
}
