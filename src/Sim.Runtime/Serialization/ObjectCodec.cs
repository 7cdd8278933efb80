using System.Linq.Expressions;
using System.Runtime.Serialization;

namespace Sim.Runtime.Serialization;

/// <summary>
/// Records, classes and structs with references: their serializable members (see <see cref="ObjectShape"/>) in name
/// order through compiled delegates. A class value whose runtime type is a subclass travels with its type name.
/// </summary>
internal sealed class ObjectCodec<T> : Codec<T>
{
    private static readonly bool IsReference = !typeof(T).IsValueType;
    private static readonly bool IsSealed = typeof(T).IsSealed;

    private readonly Action<MessageWriter, T> _writeMembers;
    private readonly Func<MessageReader, T> _readMembers;

    private ObjectCodec(Action<MessageWriter, T> writeMembers, Func<MessageReader, T> readMembers)
    {
        _writeMembers = writeMembers;
        _readMembers = readMembers;
    }

    public static Codec<T> Create()
    {
        var shape = ObjectShape.Of(typeof(T));
        if (shape.Problem is not null)
        {
            return new UnsupportedCodec<T>(shape.Problem);
        }

        foreach (var member in shape.Members)
        {
            var problem = CodecFactory.ProblemOf(member.Type);
            if (problem is not null)
            {
                return new UnsupportedCodec<T>($"{typeof(T).Name}.{member.Name}: {problem}");
            }
        }

        return new ObjectCodec<T>(CompileWriter(shape), CompileReader(shape));
    }

    public override void Write(MessageWriter writer, T value)
    {
        if (IsReference)
        {
            if (value is null)
            {
                writer.WriteByte(ValueMarker.Null);
                return;
            }

            var type = value.GetType();
            if (!IsSealed && type != typeof(T))
            {
                writer.WriteByte(ValueMarker.Named);
                writer.WriteString(TypeNames.Get(type));
                UntypedCodec.For(type).WriteObject(writer, value);
                return;
            }

            writer.WriteByte(ValueMarker.Declared);
        }

        if (++writer.Depth > ValueMarker.MaxDepth)
        {
            throw new SerializationException($"Objects nest deeper than {ValueMarker.MaxDepth} levels (a cycle?) in {typeof(T).Name}; messages must be trees.");
        }

        _writeMembers(writer, value);
        writer.Depth--;
    }

    public override T Read(MessageReader reader)
    {
        if (IsReference)
        {
            var marker = reader.ReadByte();
            switch (marker)
            {
                case ValueMarker.Null:
                    return default!;
                case ValueMarker.Named:
                    return (T)UntypedCodec.For(TypeNames.Resolve(reader.ReadString(), typeof(T))).ReadObject(reader)!;
                case ValueMarker.Declared:
                    break;
                default:
                    throw new SerializationException($"Unexpected value marker {marker} for {typeof(T).Name}.");
            }
        }

        if (++reader.Depth > ValueMarker.MaxDepth)
        {
            throw new SerializationException($"Objects nest deeper than {ValueMarker.MaxDepth} levels in {typeof(T).Name}.");
        }

        var result = _readMembers(reader);
        reader.Depth--;
        return result;
    }

    private static Action<MessageWriter, T> CompileWriter(ObjectShape shape)
    {
        var writer = Expression.Parameter(typeof(MessageWriter), "writer");
        var value = Expression.Parameter(typeof(T), "value");
        var body = new List<Expression>();
        foreach (var member in shape.Members)
        {
            var codec = CodecField(member.Type);
            body.Add(Expression.Call(codec, codec.Type.GetMethod(nameof(Codec<int>.Write))!, writer, Expression.MakeMemberAccess(value, member.Member)));
        }

        body.Add(Expression.Empty());
        return Expression.Lambda<Action<MessageWriter, T>>(Expression.Block(body), writer, value).Compile();
    }

    private static Func<MessageReader, T> CompileReader(ObjectShape shape)
    {
        var reader = Expression.Parameter(typeof(MessageReader), "reader");
        var locals = shape.Members.Select(m => Expression.Variable(m.Type, m.Name)).ToArray();
        var result = Expression.Variable(typeof(T), "result");
        var body = new List<Expression>();
        for (var i = 0; i < locals.Length; i++)
        {
            var codec = CodecField(shape.Members[i].Type);
            body.Add(Expression.Assign(locals[i], Expression.Call(codec, codec.Type.GetMethod(nameof(Codec<int>.Read))!, reader)));
        }

        var byName = shape.Members.Select((m, i) => (m, i)).ToDictionary(x => x.m.Name, x => locals[x.i], StringComparer.OrdinalIgnoreCase);
        Expression create = shape.Constructor is null
            ? Expression.Default(typeof(T))
            : Expression.New(shape.Constructor, shape.Constructor.GetParameters().Select(p => ConvertIfNeeded(byName[p.Name!], p.ParameterType)));
        body.Add(Expression.Assign(result, create));
        for (var i = 0; i < locals.Length; i++)
        {
            if (shape.Members[i].SetAfterConstruction)
            {
                body.Add(Expression.Assign(Expression.MakeMemberAccess(result, shape.Members[i].Member), locals[i]));
            }
        }

        body.Add(result);
        return Expression.Lambda<Func<MessageReader, T>>(Expression.Block(locals.Append(result), body), reader).Compile();
    }

    private static Expression ConvertIfNeeded(Expression value, Type target) =>
        value.Type == target ? value : Expression.Convert(value, target);

    private static MemberExpression CodecField(Type memberType) =>
        Expression.Field(null, typeof(CodecCache<>).MakeGenericType(memberType).GetField(nameof(CodecCache<int>.Instance))!);
}
