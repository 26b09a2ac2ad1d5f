namespace LapceParity.Targets;

public static class TargetFactory
{
    // TEMPORARY until CSharpTarget lands (then: new CSharpTarget()).
    public static ITarget CreateCSharp() =>
        (ITarget)Activator.CreateInstance(Type.GetType("LapceParity.Targets.CSharpTarget") ?? throw new InvalidOperationException("CSharpTarget is not built yet"))!;
}
