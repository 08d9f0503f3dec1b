using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Fulfilment;

public static class FulfilmentServices
{
    /// <summary>
    /// Registers the product's rules: the database, the unit of work, every validator, and every capability
    /// service, use-case handler and read query (each public class named <c>*Service</c>, <c>*Handler</c> or
    /// <c>*Query</c>, plus the shared building blocks marked <see cref="ScopedServiceAttribute"/>), all per request.
    /// </summary>
    public static IServiceCollection AddFulfilment(this IServiceCollection services, string connectionString)
    {
        services.AddSingleton<ChangeSignals>();
        services.AddSingleton<ChangeSignalInterceptor>();
        services.AddSingleton<ChangeSignalCommitInterceptor>();
        services.AddSingleton<Data.ReferenceDataCatalog>();
        services.AddSingleton<IdBlocks>();
        services.AddSingleton<HotRowGate>();
        services.AddOptions<HotRowGateOptions>().BindConfiguration(HotRowGateOptions.Section);
        services.AddSingleton<CommitGroups>();
        services.AddOptions<CommitGroupOptions>().BindConfiguration(CommitGroupOptions.Section);
        services.AddSingleton<Orders.OrderCounts>();
        services.AddSingleton<TimeZoneCache>();
        services.TryAddSingleton(TimeProvider.System);
        // The options are built once; each request leases a pooled context acting as its actor (TenancyContextPools).
        services.AddPooledDbContextFactory<FulfilmentDbContext>((provider, options) =>
        {
            Configure(options, connectionString);
            options.AddInterceptors(provider.GetRequiredService<ChangeSignalInterceptor>(), provider.GetRequiredService<ChangeSignalCommitInterceptor>());
        });
        services.AddSingleton<Data.TenancyContextPools>();
        services.AddScoped(provider => provider.GetRequiredService<Data.TenancyContextPools>().Lease(provider.GetRequiredService<ICurrentActor>()));
        services.AddOptions<SqlReadsOptions>().BindConfiguration(SqlReadsOptions.Section);
        services.AddSingleton(provider => new SqlReads(Tuned(connectionString), provider.GetRequiredService<Microsoft.Extensions.Options.IOptions<SqlReadsOptions>>().Value));
        services.AddSingleton<IClock, SystemClock>();
        services.TryAddSingleton<FreightAccounts.IWithholdingGateway, FreightAccounts.SandboxWithholdingGateway>();
        services.AddValidatorsFromAssemblyContaining<AddressValidator>(ServiceLifetime.Singleton, includeInternalTypes: true);

        var assembly = typeof(FulfilmentServices).Assembly;
        var scoped = assembly.GetTypes().Where(t =>
            t is { IsClass: true, IsAbstract: false, IsPublic: true }
            && (t.Name.EndsWith("Service", StringComparison.Ordinal)
                || t.Name.EndsWith("Handler", StringComparison.Ordinal)
                || t.Name.EndsWith("Query", StringComparison.Ordinal)
                || t.GetCustomAttributes(typeof(ScopedServiceAttribute), false).Length > 0));
        foreach (var type in scoped)
        {
            services.AddScoped(type);
        }

        return services;
    }

    public static void Configure(DbContextOptionsBuilder options, string connectionString) =>
        options
            .UseNpgsql(Tuned(connectionString), npgsql =>
            {
                npgsql.EnableRetryOnFailure(maxRetryCount: 5);
                npgsql.MigrationsHistoryTable("__ef_migrations_history");
            })
            .UseSnakeCaseNamingConvention()
            .ReplaceService<Microsoft.EntityFrameworkCore.Infrastructure.IModelCacheKeyFactory, Data.TenancyModelCacheKeyFactory>();

    /// <summary>
    /// Pool settings the app needs whatever the connection string says, unless it says otherwise: <c>No Reset On Close</c>
    /// (a connection going back to the pool is not reset with <c>DISCARD ALL</c>; the app keeps no session state —
    /// no SET, temporary tables, advisory locks or LISTEN — so there is nothing to reset, and each request saved a
    /// statement the server had to run); <c>Max Auto Prepare</c> (a statement sent five times on a connection is prepared
    /// there, so PostgreSQL parses and plans the app's queries once per connection instead of on every request).
    /// </summary>
    public static string Tuned(string connectionString)
    {
        var builder = new Npgsql.NpgsqlConnectionStringBuilder(connectionString);
        if (!connectionString.Contains("Reset On Close", StringComparison.OrdinalIgnoreCase))
        {
            builder.NoResetOnClose = true;
        }

        if (!connectionString.Contains("Auto Prepare", StringComparison.OrdinalIgnoreCase))
        {
            builder.MaxAutoPrepare = 100;
        }

        return builder.ConnectionString;
    }
}

/// <summary>Marks a building block (not named <c>*Service</c>) that <see cref="FulfilmentServices"/> registers per request.</summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class ScopedServiceAttribute : Attribute;
