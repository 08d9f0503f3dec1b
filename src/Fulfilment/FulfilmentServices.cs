using FluentValidation;
using Fulfilment.Common;
using Fulfilment.Data;
using Microsoft.EntityFrameworkCore;
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
        services.AddDbContext<FulfilmentDbContext>(options => Configure(options, connectionString));
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
            .UseNpgsql(connectionString, npgsql =>
            {
                npgsql.EnableRetryOnFailure(maxRetryCount: 5);
                npgsql.MigrationsHistoryTable("__ef_migrations_history");
            })
            .UseSnakeCaseNamingConvention();
}

/// <summary>Marks a building block (not named <c>*Service</c>) that <see cref="FulfilmentServices"/> registers per request.</summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class ScopedServiceAttribute : Attribute;
