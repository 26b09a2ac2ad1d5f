using BenchmarkDotNet.Running;

// dotnet run -c Release --project benchmarks/Lapce.Tools.Benchmarks -- --filter '*'
// The side-by-side comparison with the TypeScript original is `lapce-parity bench` (docs/performance.md);
// these are the C# port's own numbers, with allocations, for the same cases.
BenchmarkSwitcher.FromAssembly(typeof(Lapce.Tools.Benchmarks.ToolCallBenchmarks).Assembly).Run(args);
