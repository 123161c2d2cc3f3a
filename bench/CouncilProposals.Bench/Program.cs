using CouncilProposals.Bench;

// Benchmarks of the service. `pdf` (the default) measures the PDFs: see PdfBench.
// Run with: dotnet run -c Release --project bench/CouncilProposals.Bench [pdf] [--out folder]
var rest = args.Length > 0 && args[0] == "pdf" ? args[1..] : args;
await PdfBench.RunAsync(rest);
