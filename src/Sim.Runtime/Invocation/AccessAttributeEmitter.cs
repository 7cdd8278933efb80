using System.Reflection;
using System.Reflection.Emit;

namespace Sim.Runtime.Invocation;

/// <summary>
/// Defines <c>System.Runtime.CompilerServices.IgnoresAccessChecksToAttribute</c> inside the proxy assembly. The runtime
/// honours it (by name) and lets generated code use internal types of the named assemblies: internal grain
/// interfaces, argument types and the runtime's own <see cref="Request"/> and <see cref="GrainReference"/>.
/// </summary>
internal static class AccessAttributeEmitter
{
    public static ConstructorInfo Define(ModuleBuilder module)
    {
        var type = module.DefineType(
            "System.Runtime.CompilerServices.IgnoresAccessChecksToAttribute",
            TypeAttributes.Public | TypeAttributes.Sealed | TypeAttributes.Class,
            typeof(Attribute));
        var name = type.DefineField("_assemblyName", typeof(string), FieldAttributes.Private | FieldAttributes.InitOnly);
        var ctor = type.DefineConstructor(MethodAttributes.Public | MethodAttributes.HideBySig, CallingConventions.Standard, [typeof(string)]);
        var il = ctor.GetILGenerator();
        il.Emit(OpCodes.Ldarg_0);
        il.Emit(OpCodes.Call, typeof(Attribute).GetConstructor(BindingFlags.NonPublic | BindingFlags.Instance, Type.EmptyTypes)!);
        il.Emit(OpCodes.Ldarg_0);
        il.Emit(OpCodes.Ldarg_1);
        il.Emit(OpCodes.Stfld, name);
        il.Emit(OpCodes.Ret);

        var getter = type.DefineMethod("get_AssemblyName", MethodAttributes.Public | MethodAttributes.HideBySig | MethodAttributes.SpecialName, typeof(string), Type.EmptyTypes);
        var gil = getter.GetILGenerator();
        gil.Emit(OpCodes.Ldarg_0);
        gil.Emit(OpCodes.Ldfld, name);
        gil.Emit(OpCodes.Ret);
        type.DefineProperty("AssemblyName", PropertyAttributes.None, typeof(string), null).SetGetMethod(getter);

        var usage = typeof(AttributeUsageAttribute);
        type.SetCustomAttribute(new CustomAttributeBuilder(
            usage.GetConstructor([typeof(AttributeTargets)])!,
            [AttributeTargets.Assembly],
            [usage.GetProperty(nameof(AttributeUsageAttribute.AllowMultiple))!],
            [true]));
        return type.CreateType().GetConstructor([typeof(string)])!;
    }
}
