using System.Reflection;
using System.Reflection.Emit;

namespace Sim.Runtime.Invocation;

/// <summary>
/// Emits, per grain interface, a proxy class deriving from <see cref="GrainReference"/> and one request class per
/// method (typed argument fields). Proxy methods are three IL instructions plus argument loads: build the request,
/// call <c>GrainReference.Invoke*</c>, return its task. Types live in one collectible-free dynamic assembly that is
/// granted access to internal types through <c>IgnoresAccessChecksToAttribute</c>.
/// </summary>
internal static class ProxyGenerator
{
    private static readonly AssemblyBuilder DynamicAssembly =
        AssemblyBuilder.DefineDynamicAssembly(new AssemblyName("Sim.Runtime.GeneratedProxies"), AssemblyBuilderAccess.Run);

    private static readonly ModuleBuilder Module = DynamicAssembly.DefineDynamicModule("Sim.Runtime.GeneratedProxies");
    private static readonly ConstructorInfo IgnoresAccessChecksConstructor = AccessAttributeEmitter.Define(Module);
    private static readonly HashSet<string> Granted = new(StringComparer.Ordinal);
    private static int s_typeCounter;

    /// <summary>Builds the interface's proxy and method descriptors. Callers serialize calls (registry lock).</summary>
    public static GrainInterfaceInfo Build(Type interfaceType, uint id)
    {
        if (!interfaceType.IsInterface || !typeof(IGrain).IsAssignableFrom(interfaceType))
        {
            throw new ArgumentException($"{interfaceType.FullName} is not a grain interface (an interface extending IGrainWithStringKey or IGrainWithIntegerKey).");
        }

        if (interfaceType.ContainsGenericParameters)
        {
            throw new NotSupportedException($"Open generic grain interface {interfaceType.FullName} is not supported.");
        }

        var methods = CollectMethods(interfaceType);
        Grant(typeof(ProxyGenerator).Assembly);
        Grant(interfaceType.Assembly);
        foreach (var m in methods)
        {
            Validate(interfaceType, m);
            Grant(m.ReturnType.Assembly);
            foreach (var p in m.GetParameters())
            {
                GrantRecursive(p.ParameterType);
            }

            GrantRecursive(m.ReturnType);
        }

        var info = new GrainInterfaceInfo(interfaceType, id);
        var proxy = Module.DefineType(
            $"Sim.Runtime.GeneratedProxies.{interfaceType.Name}Proxy{Interlocked.Increment(ref s_typeCounter)}",
            TypeAttributes.NotPublic | TypeAttributes.Sealed | TypeAttributes.Class,
            typeof(GrainReference));
        proxy.AddInterfaceImplementation(interfaceType);
        foreach (var inherited in interfaceType.GetInterfaces())
        {
            proxy.AddInterfaceImplementation(inherited);
        }

        EmitConstructor(proxy);
        var descriptors = new MethodDescriptor[methods.Count];
        var fields = new FieldBuilder[methods.Count];
        for (var i = 0; i < methods.Count; i++)
        {
            var method = methods[i];
            var requestType = EmitRequestType(interfaceType, method, i);
            descriptors[i] = DescriptorBuilder.Create(info, i, method, requestType);
            fields[i] = proxy.DefineField($"d{i}", descriptors[i].GetType(), FieldAttributes.Private | FieldAttributes.Static);
            EmitProxyMethod(proxy, method, fields[i], requestType.GetConstructors()[0], descriptors[i].GetType());
        }

        var proxyType = proxy.CreateType();
        for (var i = 0; i < methods.Count; i++)
        {
            proxyType.GetField(fields[i].Name, BindingFlags.NonPublic | BindingFlags.Static)!.SetValue(null, descriptors[i]);
        }

        info.Methods = descriptors;
        info.Factory = DescriptorBuilder.CompileFactory(proxyType, info);
        return info;
    }

    private static List<MethodInfo> CollectMethods(Type interfaceType) =>
        interfaceType.GetMethods()
            .Concat(interfaceType.GetInterfaces().SelectMany(i => i.GetMethods()))
            .Distinct()
            .OrderBy(m => m.DeclaringType!.FullName, StringComparer.Ordinal)
            .ThenBy(m => m.Name, StringComparer.Ordinal)
            .ThenBy(m => string.Join(",", m.GetParameters().Select(p => p.ParameterType.FullName)), StringComparer.Ordinal)
            .ToList();

    private static void Validate(Type interfaceType, MethodInfo method)
    {
        var where = $"{interfaceType.Name}.{method.Name}";
        if (method.IsGenericMethodDefinition)
        {
            throw new NotSupportedException($"{where}: generic grain methods are not supported.");
        }

        if (method.IsSpecialName)
        {
            throw new NotSupportedException($"{where}: grain interfaces may declare methods only (no properties or events).");
        }

        if (DescriptorBuilder.ResultTypeOf(method.ReturnType) is null)
        {
            throw new NotSupportedException($"{where}: grain methods must return Task, Task<T>, ValueTask or ValueTask<T>, not {method.ReturnType.Name}.");
        }

        foreach (var p in method.GetParameters())
        {
            if (p.ParameterType.IsByRef)
            {
                throw new NotSupportedException($"{where}: ref, out and in parameters are not supported ({p.Name}).");
            }
        }
    }

    private static Type EmitRequestType(Type interfaceType, MethodInfo method, int index)
    {
        var parameters = method.GetParameters();
        var type = Module.DefineType(
            $"Sim.Runtime.GeneratedProxies.{interfaceType.Name}_{method.Name}_{index}_{Interlocked.Increment(ref s_typeCounter)}",
            TypeAttributes.NotPublic | TypeAttributes.Sealed | TypeAttributes.Class,
            typeof(Request));
        var fields = parameters.Select((p, i) => type.DefineField($"a{i}", p.ParameterType, FieldAttributes.Public)).ToArray();
        var ctor = type.DefineConstructor(MethodAttributes.Public | MethodAttributes.HideBySig, CallingConventions.Standard, parameters.Select(p => p.ParameterType).ToArray());
        var il = ctor.GetILGenerator();
        il.Emit(OpCodes.Ldarg_0);
        il.Emit(OpCodes.Call, typeof(Request).GetConstructor(BindingFlags.NonPublic | BindingFlags.Instance, Type.EmptyTypes)!);
        for (var i = 0; i < fields.Length; i++)
        {
            il.Emit(OpCodes.Ldarg_0);
            EmitLoadArgument(il, i + 1);
            il.Emit(OpCodes.Stfld, fields[i]);
        }

        il.Emit(OpCodes.Ret);
        return type.CreateType();
    }

    private static void EmitConstructor(TypeBuilder proxy)
    {
        Type[] args = [typeof(GrainId), typeof(IRuntimeClient), typeof(GrainInterfaceInfo)];
        var ctor = proxy.DefineConstructor(MethodAttributes.Public | MethodAttributes.HideBySig, CallingConventions.Standard, args);
        var il = ctor.GetILGenerator();
        il.Emit(OpCodes.Ldarg_0);
        il.Emit(OpCodes.Ldarg_1);
        il.Emit(OpCodes.Ldarg_2);
        il.Emit(OpCodes.Ldarg_3);
        il.Emit(OpCodes.Call, typeof(GrainReference).GetConstructor(BindingFlags.NonPublic | BindingFlags.Instance, args)!);
        il.Emit(OpCodes.Ret);
    }

    private static void EmitProxyMethod(TypeBuilder proxy, MethodInfo method, FieldInfo descriptorField, ConstructorInfo requestCtor, Type descriptorType)
    {
        var parameters = method.GetParameters();
        var builder = proxy.DefineMethod(
            $"{method.DeclaringType!.FullName}.{method.Name}",
            MethodAttributes.Private | MethodAttributes.HideBySig | MethodAttributes.NewSlot | MethodAttributes.Virtual | MethodAttributes.Final,
            method.ReturnType,
            parameters.Select(p => p.ParameterType).ToArray());
        var il = builder.GetILGenerator();
        il.Emit(OpCodes.Ldarg_0);
        il.Emit(OpCodes.Ldsfld, descriptorField);
        for (var i = 0; i < parameters.Length; i++)
        {
            EmitLoadArgument(il, i + 1);
        }

        il.Emit(OpCodes.Newobj, requestCtor);
        il.Emit(OpCodes.Call, InvokeMethodFor(method.ReturnType, descriptorType));
        il.Emit(OpCodes.Ret);
        proxy.DefineMethodOverride(builder, method);
    }

    private static MethodInfo InvokeMethodFor(Type returnType, Type descriptorType)
    {
        const BindingFlags Flags = BindingFlags.NonPublic | BindingFlags.Instance;
        var result = descriptorType.GetGenericArguments()[0];
        if (returnType == typeof(Task))
        {
            return typeof(GrainReference).GetMethod("InvokeVoidTask", Flags)!;
        }

        if (returnType == typeof(ValueTask))
        {
            return typeof(GrainReference).GetMethod("InvokeVoidValueTask", Flags)!;
        }

        var name = returnType.GetGenericTypeDefinition() == typeof(Task<>) ? "InvokeTask" : "InvokeValueTask";
        return typeof(GrainReference).GetMethod(name, Flags)!.MakeGenericMethod(result);
    }

    private static void EmitLoadArgument(ILGenerator il, int index)
    {
        switch (index)
        {
            case 1: il.Emit(OpCodes.Ldarg_1); break;
            case 2: il.Emit(OpCodes.Ldarg_2); break;
            case 3: il.Emit(OpCodes.Ldarg_3); break;
            case <= byte.MaxValue: il.Emit(OpCodes.Ldarg_S, (byte)index); break;
            default: il.Emit(OpCodes.Ldarg, (short)index); break;
        }
    }

    private static void GrantRecursive(Type type)
    {
        Grant(type.Assembly);
        if (type.HasElementType)
        {
            GrantRecursive(type.GetElementType()!);
        }

        foreach (var arg in type.IsGenericType ? type.GetGenericArguments() : [])
        {
            GrantRecursive(arg);
        }
    }

    private static void Grant(Assembly assembly)
    {
        var name = assembly.GetName().Name!;
        if (Granted.Add(name))
        {
            DynamicAssembly.SetCustomAttribute(new CustomAttributeBuilder(IgnoresAccessChecksConstructor, [name]));
        }
    }
}
