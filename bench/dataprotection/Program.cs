// What protecting and reading one payload costs with data protection's default algorithm (AES-256-CBC with
// HMACSHA256) and with AES-256-GCM, the app's: the sign-in cookie and the antiforgery tokens of every page go through
// it. Run: dotnet run -c Release --project bench/dataprotection [payload bytes, 900 by default]
using System.Diagnostics;
using System.Globalization;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.AuthenticatedEncryption;
using Microsoft.AspNetCore.DataProtection.AuthenticatedEncryption.ConfigurationModel;
using Microsoft.Extensions.DependencyInjection;

var size = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 900;
var payload = new byte[size];
Random.Shared.NextBytes(payload);
foreach (var gcm in new[] { false, true, false, true })
{
    var services = new ServiceCollection();
    var builder = services.AddDataProtection().SetApplicationName("bench").PersistKeysToFileSystem(Directory.CreateTempSubdirectory());
    if (gcm)
    {
        builder.UseCryptographicAlgorithms(new AuthenticatedEncryptorConfiguration { EncryptionAlgorithm = EncryptionAlgorithm.AES_256_GCM });
    }

    using var provider = services.BuildServiceProvider();
    var protector = provider.GetRequiredService<IDataProtectionProvider>().CreateProtector("bench");
    var protectedPayload = protector.Protect(payload);
    for (var i = 0; i < 20_000; i++)
    {
        protector.Unprotect(protector.Protect(payload));
    }

    const int Runs = 100_000;
    var clock = Stopwatch.StartNew();
    for (var i = 0; i < Runs; i++)
    {
        protector.Unprotect(protectedPayload);
    }

    var read = clock.Elapsed.TotalMicroseconds / Runs;
    clock.Restart();
    for (var i = 0; i < Runs; i++)
    {
        protector.Protect(payload);
    }

    var written = clock.Elapsed.TotalMicroseconds / Runs;
    Console.WriteLine(FormattableString.Invariant($"{(gcm ? "AES-256-GCM" : "AES-256-CBC + HMACSHA256")}: read {read:F2} µs, protect {written:F2} µs, {protectedPayload.Length} bytes protected"));
}
