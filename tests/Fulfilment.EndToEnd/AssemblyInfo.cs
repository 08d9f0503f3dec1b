[assembly: AssemblyFixture(typeof(Fulfilment.Testing.PostgresServer))]
[assembly: AssemblyFixture(typeof(Fulfilment.EndToEnd.Browser))]
[assembly: Fulfilment.EndToEnd.Diagnostics.FailureReport]
