using BenchmarkDotNet.Running;

BenchmarkSwitcher.FromAssembly(typeof(CrmSite.Benchmarks.BenchmarkEntry).Assembly).Run(args);
