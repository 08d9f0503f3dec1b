using System.Diagnostics;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using Fulfilment.Bench;

// dotnet run -c Release --project bench/Fulfilment.Bench -- [bdn | quick | sample <file.pdf> [count | longest | latin]]
var command = args.Length > 0 ? args[0] : "bdn";
switch (command)
{
    case "sample":
        {
            var labels = (args.Length > 2 ? args[2] : "5") switch
            {
                "longest" => SampleLabels.Longest(),
                "latin" => [SampleLabels.LatinOnly()],
                var count => SampleLabels.Batch(int.Parse(count, System.Globalization.CultureInfo.InvariantCulture)),
            };
            var pdf = new PdfLabelRenderer().Render(labels);
            File.WriteAllBytes(args.Length > 1 ? args[1] : "labels.pdf", pdf);
            Console.WriteLine($"{labels.Count} labels, {pdf.Length:N0} bytes");
            break;
        }

    case "quick":
        Quick();
        break;

    default:
        // In process (no separate build), pinned to one core: the numbers bench/README.md reports.
        var job = Job.Default.WithToolchain(InProcessEmitToolchain.Instance).WithAffinity(1).WithWarmupCount(3).WithIterationCount(10);
        BenchmarkRunner.Run<LabelBenchmarks>(DefaultConfig.Instance.AddJob(job), args.Skip(1).ToArray());
        break;
}

// A stopwatch check, for a quick look without BenchmarkDotNet's statistics.
static void Quick()
{
    Process.GetCurrentProcess().ProcessorAffinity = 1;
    var renderer = new PdfLabelRenderer();
    var one = SampleLabels.Batch(1);
    IReadOnlyList<LabelData> latin = [SampleLabels.LatinOnly()];
    var thousand = SampleLabels.Batch(1000);
    for (var i = 0; i < 50; i++)
    {
        renderer.Render(one);
        renderer.Render(latin);
    }

    renderer.Render(thousand);
    // Wall time, and this process's CPU time: on a shared machine the second is what the code itself costs.
    var process = Process.GetCurrentProcess();
    var cpu = process.TotalProcessorTime;
    var watch = Stopwatch.StartNew();
    const int singles = 200;
    var size = 0;
    for (var i = 0; i < singles; i++)
    {
        size = renderer.Render(one).Length;
    }

    process.Refresh();
    Console.WriteLine($"single label: {watch.Elapsed.TotalMilliseconds / singles:F2} ms wall, {(process.TotalProcessorTime - cpu).TotalMilliseconds / singles:F2} ms CPU, {size:N0} bytes");
    process.Refresh();
    cpu = process.TotalProcessorTime;
    watch.Restart();
    for (var i = 0; i < singles; i++)
    {
        size = renderer.Render(latin).Length;
    }

    process.Refresh();
    Console.WriteLine($"single Latin-only label: {watch.Elapsed.TotalMilliseconds / singles:F2} ms wall, {(process.TotalProcessorTime - cpu).TotalMilliseconds / singles:F2} ms CPU, {size:N0} bytes");
    for (var run = 0; run < 3; run++)
    {
        process.Refresh();
        cpu = process.TotalProcessorTime;
        watch.Restart();
        var pdf = renderer.Render(thousand);
        process.Refresh();
        Console.WriteLine($"1,000 labels: {watch.Elapsed.TotalMilliseconds:F0} ms wall, {(process.TotalProcessorTime - cpu).TotalMilliseconds:F0} ms CPU, {pdf.Length:N0} bytes ({pdf.Length / 1000.0:N0} bytes a label)");
    }
}
