// Two small folders for the checker's own tests: High may use Low, and each Low type below hides one
// forbidden use of High where a scan of signatures alone would not see it.
namespace CultureHub.Core.Tests.Architecture.Samples.Low
{
    public sealed record LowValue(int Number);

    /// <summary>Uses High only inside a lambda, which the compiler moves into a closure class.</summary>
    public static class LowUsesHighInLambda
    {
        public static Func<int> Later(int number) => () => new High.HighThing(new LowValue(number)).Value.Number;
    }

    /// <summary>Uses High only after an await, which the compiler moves into a state machine.</summary>
    public static class LowUsesHighAfterAwait
    {
        public static async Task<int> CountAsync()
        {
            await Task.Yield();
            var thing = new High.HighThing(new LowValue(1));
            return thing.Value.Number;
        }
    }

    /// <summary>Names High only as a generic method's type argument.</summary>
    public static class LowUsesHighAsTypeArgument
    {
        public static int None() => Enumerable.Empty<High.HighThing>().Count();
    }
}

namespace CultureHub.Core.Tests.Architecture.Samples.High
{
    public sealed record HighThing(Low.LowValue Value);
}
