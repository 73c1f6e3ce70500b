using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;

namespace Zhiku.Cli.Remote;

/// <summary>
/// The REST API of a Zhiku server (<c>/api/v1</c>) with an optional bearer token. The CLI's commands are synchronous,
/// so each call waits for its answer; failures become a <see cref="RemoteException"/> with a clear reason.
/// </summary>
internal sealed class RemoteServer : IDisposable
{
    /// <summary>The API's JSON (ASP.NET Core's web defaults: camelCase, case-insensitive reading).</summary>
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };

    private readonly HttpClient _http;

    public RemoteServer(string address, string? token)
    {
        if (!Uri.TryCreate(address.TrimEnd('/') + "/", UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
        {
            throw new ArgumentException($"--server needs an http(s) address, not '{address}'");
        }

        Address = uri;
        HasToken = token is not null;
        _http = new HttpClient { BaseAddress = uri, Timeout = TimeSpan.FromMinutes(10) };
        _http.DefaultRequestHeaders.UserAgent.Add(new ProductInfoHeaderValue("zhiku-cli", "1"));
        if (token is not null)
        {
            _http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }
    }

    public Uri Address { get; }

    public bool HasToken { get; }

    /// <summary>GETs a path (relative, e.g. "api/v1/search?q=x") and reads its JSON; null on 404 when <paramref name="missingIsNull"/>.</summary>
    public T? GetJson<T>(string path, bool missingIsNull = false)
        where T : class
    {
        using var response = Send(new HttpRequestMessage(HttpMethod.Get, path), missingIsNull);
        return response is null ? null : Read<T>(response);
    }

    /// <summary>GETs a path and returns its body as bytes.</summary>
    public byte[] GetBytes(string path)
    {
        using var response = Send(new HttpRequestMessage(HttpMethod.Get, path), missingIsNull: false)!;
        return response.Content.ReadAsByteArrayAsync().GetAwaiter().GetResult();
    }

    /// <summary>POSTs content and reads the JSON answer.</summary>
    public T Post<T>(string path, HttpContent content)
        where T : class
    {
        using var response = Send(new HttpRequestMessage(HttpMethod.Post, path) { Content = content }, missingIsNull: false)!;
        return Read<T>(response) ?? throw new RemoteException($"{Address} answered {path} with no content", RemoteException.Failed);
    }

    private HttpResponseMessage? Send(HttpRequestMessage request, bool missingIsNull)
    {
        HttpResponseMessage response;
        try
        {
            response = _http.Send(request, HttpCompletionOption.ResponseContentRead);
        }
        catch (HttpRequestException e)
        {
            throw new RemoteException($"cannot reach {Address}: {e.Message}", RemoteException.Failed);
        }
        catch (TaskCanceledException)
        {
            throw new RemoteException($"{Address} did not answer in time", RemoteException.Failed);
        }
        finally
        {
            request.Dispose();
        }

        if (response.IsSuccessStatusCode)
        {
            return response;
        }

        using (response)
        {
            if (response.StatusCode == HttpStatusCode.NotFound && missingIsNull)
            {
                return null;
            }

            throw Failure(response);
        }
    }

    private RemoteException Failure(HttpResponseMessage response)
    {
        var path = response.RequestMessage?.RequestUri?.AbsolutePath ?? string.Empty;
        return response.StatusCode switch
        {
            HttpStatusCode.Unauthorized => new RemoteException(
                HasToken
                    ? $"{Address} does not accept this token (401): create a new one on the account page and pass it with --token or ${RemoteOptions.TokenVariable}"
                    : $"{path} on {Address} needs a token (401): pass one with --token or ${RemoteOptions.TokenVariable}",
                RemoteException.Unauthenticated),
            HttpStatusCode.Forbidden => new RemoteException(
                $"the token's account may not use {path} on {Address} (403): it needs another role", RemoteException.Forbidden),
            HttpStatusCode.NotFound => new RemoteException($"{path} not found on {Address} (404)", RemoteException.Failed),
            _ => new RemoteException($"{Address} answered {(int)response.StatusCode} {response.ReasonPhrase}{Detail(response)}", RemoteException.Failed),
        };
    }

    // Problem details carry the reason (a bad query, a bad format); show it.
    private static string Detail(HttpResponseMessage response)
    {
        try
        {
            using var doc = JsonDocument.Parse(response.Content.ReadAsStringAsync().GetAwaiter().GetResult());
            return doc.RootElement.ValueKind == JsonValueKind.Object && doc.RootElement.TryGetProperty("detail", out var detail) && detail.ValueKind == JsonValueKind.String
                ? ": " + detail.GetString()
                : string.Empty;
        }
        catch (JsonException)
        {
            return string.Empty;
        }
    }

    private T? Read<T>(HttpResponseMessage response)
        where T : class
    {
        try
        {
            return JsonSerializer.Deserialize<T>(response.Content.ReadAsStream(), Json);
        }
        catch (JsonException e)
        {
            throw new RemoteException($"{Address} sent JSON this CLI cannot read ({e.Message}): is it a Zhiku server of the same version?", RemoteException.Failed);
        }
    }

    public void Dispose() => _http.Dispose();
}
