using Microsoft.Kiota.Abstractions;
using Microsoft.Kiota.Abstractions.Authentication;
using Microsoft.Kiota.Http.HttpClientLibrary;

namespace Fulfilment.Client;

/// <summary>Creates <see cref="FulfilmentApiClient"/>s: anonymous (to sign in) or with a bearer token.</summary>
public static class FulfilmentClients
{
    /// <summary>
    /// A client for the API at <paramref name="baseUrl"/> (e.g. <c>https://fulfilment.example.com</c>), sending
    /// <paramref name="accessToken"/> as a bearer token when given. Pass your own <paramref name="http"/> to reuse one.
    /// </summary>
    public static FulfilmentApiClient Create(Uri baseUrl, string? accessToken = null, HttpClient? http = null)
    {
        ArgumentNullException.ThrowIfNull(baseUrl);
        IAuthenticationProvider authentication = accessToken is null ? new AnonymousAuthenticationProvider() : new BearerToken(accessToken);
        var adapter = http is null ? new HttpClientRequestAdapter(authentication) : new HttpClientRequestAdapter(authentication, httpClient: http);
        adapter.BaseUrl = baseUrl.ToString().TrimEnd('/');
        return new FulfilmentApiClient(adapter);
    }

    /// <summary>
    /// Sends <c>Authorization: Bearer …</c> on every request. (Kiota's own bearer provider refuses plain http, which a
    /// local or test server uses.)
    /// </summary>
    private sealed class BearerToken(string accessToken) : IAuthenticationProvider
    {
        public Task AuthenticateRequestAsync(RequestInformation request, Dictionary<string, object>? additionalAuthenticationContext = null, CancellationToken cancellationToken = default)
        {
            ArgumentNullException.ThrowIfNull(request);
            request.Headers.Add("Authorization", $"Bearer {accessToken}");
            return Task.CompletedTask;
        }
    }
}
