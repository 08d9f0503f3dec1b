using BenchmarkDotNet.Attributes;

namespace Fulfilment.Bench;

/// <summary>PDF label rendering: one label, and the 1,000-label batch (one PDF), after warm-up.</summary>
[MemoryDiagnoser]
public class LabelBenchmarks
{
    private readonly PdfLabelRenderer _pdf = new();
    private readonly ZplLabelRenderer _zpl = new();
    private IReadOnlyList<LabelData> _one = [];
    private IReadOnlyList<LabelData> _latin = [];
    private IReadOnlyList<LabelData> _thousand = [];

    [GlobalSetup]
    public void Setup()
    {
        _one = [SampleLabels.One(1)];
        _latin = [SampleLabels.LatinOnly()];
        _thousand = SampleLabels.Batch(1000);
    }

    [Benchmark]
    public byte[] SingleLabelPdf() => _pdf.Render(_one);

    [Benchmark]
    public byte[] SingleLatinOnlyLabelPdf() => _pdf.Render(_latin);

    [Benchmark]
    public byte[] Batch1000Pdf() => _pdf.Render(_thousand);

    [Benchmark]
    public byte[] SingleLabelZpl() => _zpl.Render(_one);
}
