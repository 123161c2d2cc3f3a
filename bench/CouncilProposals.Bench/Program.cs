using CouncilProposals.Bench;

// Benchmarks of the service. `pdf` (the default) measures the PDFs (see PdfBench); `load` runs the load test of
// the lists and pages (see LoadTest). Run with:
//   dotnet run -c Release --project bench/CouncilProposals.Bench [pdf] [--out folder]
//   dotnet run -c Release --project bench/CouncilProposals.Bench load [--proposals 5000] [--clients 25] [--seconds 60]
if (args is ["load", ..])
{
    await LoadTest.RunAsync(args[1..]);
    return;
}

await PdfBench.RunAsync(args is ["pdf", ..] ? args[1..] : args);
