using CouncilProposals.Bench;

// Benchmarks of the service. `pdf` (the default) measures the PDFs (see PdfBench), `pdf-cpu` their CPU time and
// allocations (see PdfProfile); `load` runs the load test of
// the lists and pages (see LoadTest); `export` times the savings tracker downloads (see ExportBench). Run with:
//   dotnet run -c Release --project bench/CouncilProposals.Bench [pdf] [--out folder]
//   dotnet run -c Release --project bench/CouncilProposals.Bench load [--proposals 5000] [--clients 25] [--seconds 60]
//   dotnet run -c Release --project bench/CouncilProposals.Bench export
//   dotnet run -c Release --project bench/CouncilProposals.Bench pdf-cpu [--only query,golden,endpoint,pack,pack-layout | --loop one-of-those SECONDS | --out folder]
switch (args)
{
    case ["load", ..]:
        await LoadTest.RunAsync(args[1..]);
        break;
    case ["pdf-cpu", ..]:
        await PdfProfile.RunAsync(args[1..]);
        break;
    case ["export", ..]:
        await ExportBench.RunAsync();
        break;
    default:
        await PdfBench.RunAsync(args is ["pdf", ..] ? args[1..] : args);
        break;
}
