using Serilog;
using Serilog.Formatting.Json;

namespace Fulfilment.Web.Hosting;

internal static class Logging
{
    /// <summary>
    /// Serilog for application and request logs: readable console lines, or JSON with <c>Fulfilment:LogFormat=json</c>.
    /// Levels and overrides come from the <c>Serilog</c> configuration section. Sinks registered as services are added
    /// too (none in production: the browser tests keep the server's warnings that way, for a failing test's report).
    /// </summary>
    public static void AddFulfilmentLogging(this WebApplicationBuilder builder)
    {
        builder.Services.AddSerilog((services, logger) =>
        {
            logger.ReadFrom.Configuration(builder.Configuration).ReadFrom.Services(services).Enrich.FromLogContext();
            if (string.Equals(builder.Configuration["Fulfilment:LogFormat"], "json", StringComparison.OrdinalIgnoreCase))
            {
                logger.WriteTo.Console(new JsonFormatter(renderMessage: true));
            }
            else
            {
                logger.WriteTo.Console(outputTemplate: "[{Timestamp:HH:mm:ss} {Level:u3}] {SourceContext}: {Message:lj}{NewLine}{Exception}", formatProvider: System.Globalization.CultureInfo.InvariantCulture);
            }
        });
        CachingLoggerFactory.Decorate(builder.Services);
    }

    public static void UseFulfilmentRequestLogging(this WebApplication app) =>
        app.UseSerilogRequestLogging(options =>
        {
            // Health probes and static files are noise at Information level.
            options.GetLevel = (context, _, exception) =>
                exception is not null || context.Response.StatusCode >= 500 ? Serilog.Events.LogEventLevel.Error
                : context.Request.Path.StartsWithSegments("/healthz") || context.Request.Path.StartsWithSegments("/lib") ? Serilog.Events.LogEventLevel.Verbose
                : Serilog.Events.LogEventLevel.Information;
        });
}
