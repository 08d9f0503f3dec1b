using System.Security.Cryptography;
using System.Threading.RateLimiting;

namespace Fulfilment.Web.Security;

/// <summary>One fixed-window budget: <see cref="PermitLimit"/> requests per <see cref="WindowSeconds"/> seconds.</summary>
public sealed class RateLimit
{
    public int PermitLimit { get; set; }
    public int WindowSeconds { get; set; } = 60;

    internal FixedWindowRateLimiterOptions ToOptions() => new()
    {
        PermitLimit = Math.Max(1, PermitLimit),
        Window = TimeSpan.FromSeconds(Math.Max(1, WindowSeconds)),
        QueueLimit = 0,
        AutoReplenishment = true,
    };
}

/// <summary>
/// The request budgets (<c>Security:RateLimits</c> in appsettings). They are counted in memory, so each instance of
/// the app counts its own: with N instances behind a balancer a client gets up to N times the budget. The lockout
/// (five failed passwords lock an email for five minutes) is counted in PostgreSQL and holds across instances.
/// </summary>
public sealed class RateLimitOptions
{
    public const string Section = "Security:RateLimits";

    /// <summary>Sign-in and refresh attempts (API and login page) from one client address.</summary>
    public RateLimit SignInPerAddress { get; set; } = new() { PermitLimit = 20, WindowSeconds = 60 };

    /// <summary>Sign-in and refresh attempts for one account (email, or the user a refresh token belongs to).</summary>
    public RateLimit SignInPerAccount { get; set; } = new() { PermitLimit = 10, WindowSeconds = 300 };

    /// <summary>API requests with one bearer token.</summary>
    public RateLimit ApiPerToken { get; set; } = new() { PermitLimit = 600, WindowSeconds = 60 };

    /// <summary>API requests without a bearer token (sign-in, refresh, wrong tokens) from one client address.</summary>
    public RateLimit ApiPerAddress { get; set; } = new() { PermitLimit = 300, WindowSeconds = 60 };
}

/// <summary>The sign-in budgets, taken by the login page and the API's login and refresh once they know the account.</summary>
public sealed class SignInLimiter : IDisposable
{
    private readonly PartitionedRateLimiter<string> _perAddress;
    private readonly PartitionedRateLimiter<string> _perAccount;

    public SignInLimiter(IOptions<RateLimitOptions> options)
    {
        var limits = options.Value;
        _perAddress = PartitionedRateLimiter.Create<string, string>(key => RateLimitPartition.GetFixedWindowLimiter(key, _ => limits.SignInPerAddress.ToOptions()));
        _perAccount = PartitionedRateLimiter.Create<string, string>(key => RateLimitPartition.GetFixedWindowLimiter(key, _ => limits.SignInPerAccount.ToOptions()));
    }

    /// <summary>Null when the attempt may go on; otherwise how long the client should wait.</summary>
    public TimeSpan? Refuse(HttpContext context, string? account)
    {
        using var byAddress = _perAddress.AttemptAcquire(RateLimiting.ClientAddress(context));
        if (!byAddress.IsAcquired)
        {
            return RateLimiting.RetryAfter(byAddress);
        }

        if (account is null)
        {
            return null;
        }

        using var byAccount = _perAccount.AttemptAcquire(RateLimiting.Hash(account.Trim().ToUpperInvariant()));
        return byAccount.IsAcquired ? null : RateLimiting.RetryAfter(byAccount);
    }

    public void Dispose()
    {
        _perAddress.Dispose();
        _perAccount.Dispose();
    }
}

internal static class RateLimiting
{
    public const string ApiPolicy = "api";

    public static IServiceCollection AddFulfilmentRateLimits(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<RateLimitOptions>(configuration.GetSection(RateLimitOptions.Section));
        services.AddSingleton<SignInLimiter>();
        services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.OnRejected = (context, ct) => new ValueTask(WriteAsync(context.HttpContext, RetryAfter(context.Lease), ct));
            options.AddPolicy(ApiPolicy, context =>
            {
                var limits = context.RequestServices.GetRequiredService<IOptions<RateLimitOptions>>().Value;
                var authorization = context.Request.Headers.Authorization.ToString();
                return authorization.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)
                    ? RateLimitPartition.GetFixedWindowLimiter("token:" + Hash(authorization[7..].Trim()), _ => limits.ApiPerToken.ToOptions())
                    : RateLimitPartition.GetFixedWindowLimiter("address:" + ClientAddress(context), _ => limits.ApiPerAddress.ToOptions());
            });
        });
        return services;
    }

    /// <summary>429 with <c>Retry-After</c>, as problem details with code <c>rate_limited</c>.</summary>
    public static Task WriteAsync(HttpContext context, TimeSpan? retryAfter, CancellationToken ct)
    {
        var seconds = RetryAfterSeconds(retryAfter);
        context.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        var problem = Problem(seconds);
        context.Response.StatusCode = StatusCodes.Status429TooManyRequests;
        return Results.Problem(ApiProblems.ToDetails(problem)).ExecuteAsync(context);
    }

    public static IResult Result(HttpContext context, TimeSpan? retryAfter)
    {
        var seconds = RetryAfterSeconds(retryAfter);
        context.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        return Problem(seconds).ToResult();
    }

    public static int RetryAfterSeconds(TimeSpan? retryAfter) => (int)Math.Max(1, Math.Ceiling((retryAfter ?? TimeSpan.FromSeconds(60)).TotalSeconds));

    private static Problem Problem(int seconds) =>
        new(ProblemCodes.RateLimited, Text.Format("Too many requests: try again in {0} seconds.", seconds), null, new RetryLater(seconds));

    /// <summary>How long to wait before trying again (<c>retryAfter</c> in the problem, as in the <c>Retry-After</c> header).</summary>
    private sealed record RetryLater(int Seconds) : ProblemData
    {
        public override IReadOnlyDictionary<string, object?> Members() =>
            new Dictionary<string, object?> { ["retryAfter"] = Seconds };
    }

    public static TimeSpan? RetryAfter(RateLimitLease lease) =>
        lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) ? retryAfter : null;

    public static string ClientAddress(HttpContext context) => context.Connection.RemoteIpAddress?.ToString() ?? "unknown";

    public static string Hash(string value) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(value)));
}
