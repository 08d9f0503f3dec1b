[assembly: AssemblyFixture(typeof(Fulfilment.Testing.PostgresServer))]
