using System.Globalization;
using FacePay.Benchmarks.Reconciliation;

// dotnet run -c Release --project tests/FacePay.Benchmarks.Reconciliation -- [lines] [runs]
var lines = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 100_000;
var runs = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 5;
ReconciliationBenchmark.Run(lines, runs);
