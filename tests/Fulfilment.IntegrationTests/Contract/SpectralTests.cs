namespace Fulfilment.IntegrationTests.Contract;

/// <summary>
/// The served description passes Spectral's OpenAPI rules (<c>spectral:oas</c>, which also validate it against the
/// OpenAPI 3.1 schema and every example against its schema) with no error and no warning: a rule may only be relaxed in
/// <c>tools/contract/.spectral.yaml</c>, with the reason beside it.
/// </summary>
public sealed class SpectralTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    [Fact]
    public async Task The_served_document_has_no_spectral_findings()
    {
        var ct = TestContext.Current.CancellationToken;
        using var client = fixture.Anonymous();
        var document = ContractTools.TempFile(await client.GetStringAsync("/openapi/v1.json", ct), ".json");
        try
        {
            var spectral = await ContractTools.SpectralAsync();
            var (code, output, error) = await ContractTools.RunAsync(
                spectral,
                ["lint", document, "--ruleset", Path.Combine(ContractTools.ContractDirectory, ".spectral.yaml"), "--format", "json", "--quiet"],
                ContractTools.ContractDirectory,
                TimeSpan.FromMinutes(2));

            // Severity 0 is an error, 1 a warning (2 and 3 are information and hints).
            var findings = JsonDocument.Parse(output.Length == 0 ? "[]" : output).RootElement.EnumerateArray()
                .Where(f => f.GetProperty("severity").GetInt32() <= 1)
                .Select(f => $"{f.GetProperty("code").GetString()} (severity {f.GetProperty("severity").GetInt32()}) at {string.Join('/', f.GetProperty("path").EnumerateArray())}: {f.GetProperty("message").GetString()}")
                .ToList();
            Assert.True(findings.Count == 0, $"Spectral found {findings.Count}:\n{string.Join('\n', findings)}\n{error}");
            Assert.True(code == 0, $"spectral exited {code}: {error}");
        }
        finally
        {
            File.Delete(document);
        }
    }
}
