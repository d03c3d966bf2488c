using Mono.Cecil;
using Mono.Cecil.Cil;

namespace CultureHub.Core.Tests.Architecture;

/// <summary>One type of the scanned assembly using another, with the folders (top-level namespaces below the root) both live in.</summary>
public sealed record TypeDependency(string FromFolder, string FromType, string ToFolder, string ToType)
{
    public override string ToString() => $"{FromType} ({Show(FromFolder)}) uses {ToType} ({Show(ToFolder)})";

    private static string Show(string folder) => folder.Length == 0 ? "root" : folder;
}

/// <summary>The folders found under the root namespace and the dependencies among their types.</summary>
public sealed record DependencyScan(IReadOnlySet<string> Folders, IReadOnlyList<TypeDependency> Dependencies);

/// <summary>
/// Reads an assembly with Mono.Cecil and lists which of its types use which, looking at everything a
/// compiled type can depend on: base type, interfaces, attributes, fields, properties, events, method
/// signatures, generic constraints, local variables and every type, method or field named in a method
/// body. Compiler-generated types (lambdas, async state machines, records' helpers) count as the type
/// they were written in, so a use hidden in a lambda or after an await is still found.
/// </summary>
public static class NamespaceDependencyScanner
{
    /// <summary>The dependencies among types under <paramref name="rootNamespace"/>; folder "" is the root namespace itself.</summary>
    public static DependencyScan Scan(string assemblyPath, string rootNamespace)
    {
        using var module = ModuleDefinition.ReadModule(assemblyPath);
        var folders = new HashSet<string>(StringComparer.Ordinal);
        var found = new HashSet<TypeDependency>();
        foreach (var type in module.GetTypes())
        {
            var owner = Outermost(type);
            if (FolderOf(owner, rootNamespace) is not { } fromFolder)
            {
                continue;
            }

            folders.Add(fromFolder);
            foreach (var used in UsedTypes(type))
            {
                var target = Outermost(used);
                if (FolderOf(target, rootNamespace) is { } toFolder && target.FullName != owner.FullName)
                {
                    found.Add(new TypeDependency(fromFolder, owner.FullName, toFolder, target.FullName));
                }
            }
        }

        return new DependencyScan(folders, [.. found.OrderBy(d => d.FromType, StringComparer.Ordinal).ThenBy(d => d.ToType, StringComparer.Ordinal)]);
    }

    /// <summary>"" for the root namespace, its first segment below the root, or null for a type outside it.</summary>
    public static string? FolderOf(TypeReference type, string rootNamespace)
    {
        var ns = type.Namespace;
        if (ns == rootNamespace)
        {
            return string.Empty;
        }

        if (!ns.StartsWith(rootNamespace + ".", StringComparison.Ordinal))
        {
            return null;
        }

        var rest = ns[(rootNamespace.Length + 1)..];
        var dot = rest.IndexOf('.', StringComparison.Ordinal);
        return dot < 0 ? rest : rest[..dot];
    }

    private static TypeReference Outermost(TypeReference type)
    {
        while (type.DeclaringType is { } outer)
        {
            type = outer;
        }

        return type;
    }

    private static IEnumerable<TypeReference> UsedTypes(TypeDefinition type)
    {
        var direct = new List<TypeReference>();
        if (type.BaseType is { } baseType)
        {
            direct.Add(baseType);
        }

        direct.AddRange(type.Interfaces.Select(i => i.InterfaceType));
        direct.AddRange(Constraints(type.GenericParameters));
        direct.AddRange(Attributes(type));
        foreach (var field in type.Fields)
        {
            direct.Add(field.FieldType);
            direct.AddRange(Attributes(field));
        }

        foreach (var property in type.Properties)
        {
            direct.Add(property.PropertyType);
            direct.AddRange(Attributes(property));
        }

        direct.AddRange(type.Events.Select(e => e.EventType));
        foreach (var method in type.Methods)
        {
            direct.AddRange(MethodTypes(method));
        }

        return direct.SelectMany(Parts);
    }

    private static IEnumerable<TypeReference> MethodTypes(MethodDefinition method)
    {
        foreach (var used in Signature(method).Concat(Constraints(method.GenericParameters)).Concat(Attributes(method)))
        {
            yield return used;
        }

        foreach (var parameter in method.Parameters)
        {
            foreach (var used in Attributes(parameter))
            {
                yield return used;
            }
        }

        if (!method.HasBody)
        {
            yield break;
        }

        foreach (var variable in method.Body.Variables)
        {
            yield return variable.VariableType;
        }

        foreach (var handler in method.Body.ExceptionHandlers.Where(h => h.CatchType is not null))
        {
            yield return handler.CatchType;
        }

        foreach (var instruction in method.Body.Instructions)
        {
            foreach (var used in OperandTypes(instruction))
            {
                yield return used;
            }
        }
    }

    private static IEnumerable<TypeReference> OperandTypes(Instruction instruction) => instruction.Operand switch
    {
        TypeReference type => [type],
        MethodReference called => Signature(called),
        FieldReference field => [field.DeclaringType, field.FieldType],
        CallSite site => [site.ReturnType, .. site.Parameters.Select(p => p.ParameterType)],
        _ => [],
    };

    private static IEnumerable<TypeReference> Signature(MethodReference method)
    {
        yield return method.DeclaringType;
        yield return method.ReturnType;
        foreach (var parameter in method.Parameters)
        {
            yield return parameter.ParameterType;
        }

        if (method is GenericInstanceMethod generic)
        {
            foreach (var argument in generic.GenericArguments)
            {
                yield return argument;
            }
        }
    }

    private static IEnumerable<TypeReference> Constraints(IEnumerable<GenericParameter> parameters) =>
        parameters.SelectMany(p => p.Constraints).Select(c => c.ConstraintType);

    /// <summary>The attribute's own type and any type passed to it (<c>typeof(X)</c> arguments).</summary>
    private static IEnumerable<TypeReference> Attributes(ICustomAttributeProvider provider) =>
        provider.CustomAttributes.SelectMany(a => a.ConstructorArguments.Concat(a.Properties.Select(p => p.Argument)).Concat(a.Fields.Select(f => f.Argument))
            .Select(argument => argument.Value).OfType<TypeReference>()
            .Prepend(a.AttributeType));

    /// <summary>A constructed type split into what it is built from: <c>List&lt;Member[]&gt;</c> gives List and Member.</summary>
    private static IEnumerable<TypeReference> Parts(TypeReference type)
    {
        switch (type)
        {
            case GenericInstanceType generic:
                return Parts(generic.ElementType).Concat(generic.GenericArguments.SelectMany(Parts));
            case FunctionPointerType pointer:
                return Parts(pointer.ReturnType).Concat(pointer.Parameters.SelectMany(p => Parts(p.ParameterType)));
            case TypeSpecification specification:
                return Parts(specification.ElementType);
            case GenericParameter:
                return [];
            default:
                return [type];
        }
    }
}
