using System.Reflection;

namespace Sim.Runtime.Serialization;

/// <summary>One serialized member of an <see cref="ObjectShape"/>.</summary>
/// <param name="Member">The property or field.</param>
/// <param name="Name">Its name.</param>
/// <param name="Type">Its declared type.</param>
/// <param name="SetAfterConstruction">True when it is assigned after the constructor rather than passed to it.</param>
internal sealed record ShapeMember(MemberInfo Member, string Name, Type Type, bool SetAfterConstruction);
