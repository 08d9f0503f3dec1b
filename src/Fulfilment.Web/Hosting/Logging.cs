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
            // The console is written by one background thread (Serilog.Sinks.Async), not by each request under the console's
            // lock: at 2,000 pages a second the request log's lines made requests queue on that lock and pay a write each
            // (bench/README, "The inbox page at 2,000 a second"). The queue holds 10,000 events (a request waits when it is
            // full: no line is dropped) and is flushed when the app stops.
            var json = string.Equals(builder.Configuration["Fulfilment:LogFormat"], "json", StringComparison.OrdinalIgnoreCase);
            logger.WriteTo.Async(to => Console(to, json), blockWhenFull: true);
        });
        CachingLoggerFactory.Decorate(builder.Services);
    }

    private static void Console(Serilog.Configuration.LoggerSinkConfiguration to, bool json)
    {
        if (json)
        {
            to.Console(new JsonFormatter(renderMessage: true));
        }
        else
        {
            to.Console(outputTemplate: "[{Timestamp:HH:mm:ss} {Level:u3}] {SourceContext}: {Message:lj}{NewLine}{Exception}", formatProvider: System.Globalization.CultureInfo.InvariantCulture);
        }
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
