namespace Sim.Parquet;

/// <summary>A flat schema: an ordered list of columns.</summary>
public sealed class ParquetSchema
{
    private readonly ParquetField[] _fields;
    private readonly Dictionary<string, int> _index;

    /// <summary>Creates a schema from fields in column order.</summary>
    /// <param name="fields">The columns; names must be non-empty and unique.</param>
    /// <exception cref="ArgumentException">No fields, an empty or duplicate name, or an undefined type.</exception>
    public ParquetSchema(params ParquetField[] fields)
        : this((IEnumerable<ParquetField>)fields)
    {
    }

    /// <summary>Creates a schema from fields in column order.</summary>
    /// <param name="fields">The columns; names must be non-empty and unique.</param>
    /// <exception cref="ArgumentException">No fields, an empty or duplicate name, or an undefined type.</exception>
    public ParquetSchema(IEnumerable<ParquetField> fields)
        : this(fields, validate: true)
    {
    }

    internal ParquetSchema(IEnumerable<ParquetField> fields, bool validate)
    {
        ArgumentNullException.ThrowIfNull(fields);
        _fields = [.. fields];
        _index = new Dictionary<string, int>(_fields.Length, StringComparer.Ordinal);
        if (validate && _fields.Length == 0)
        {
            throw new ArgumentException("a schema needs at least one field", nameof(fields));
        }

        for (var i = 0; i < _fields.Length; i++)
        {
            var field = _fields[i] ?? throw new ArgumentException($"field {i} is null", nameof(fields));
            if (validate)
            {
                if (string.IsNullOrEmpty(field.Name))
                {
                    throw new ArgumentException($"field {i} has an empty name", nameof(fields));
                }

                if (!Enum.IsDefined(field.Type))
                {
                    throw new ArgumentException($"field '{field.Name}' has undefined type {(int)field.Type}", nameof(fields));
                }

                if (_index.ContainsKey(field.Name))
                {
                    throw new ArgumentException($"duplicate field name '{field.Name}'", nameof(fields));
                }
            }

            // Files from other tools may repeat a name; IndexOf then finds the first.
            _index.TryAdd(field.Name, i);
        }
    }

    /// <summary>The columns in order.</summary>
    public IReadOnlyList<ParquetField> Fields => _fields;

    /// <summary>Index of the column with this name (ordinal comparison), or -1 when absent.</summary>
    /// <param name="name">Column name.</param>
    public int IndexOf(string name) => name is not null && _index.TryGetValue(name, out var i) ? i : -1;
}
