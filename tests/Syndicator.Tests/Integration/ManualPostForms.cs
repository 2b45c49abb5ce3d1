using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Syndicator.Storage.Entities;
using Syndicator.Tests.Infrastructure;
using Syndicator.Worker.Security;

namespace Syndicator.Tests.Integration;

/// <summary>Dashboard form helpers for the editor's-desk tests: users, login, antiforgery tokens from the page.</summary>
public static partial class ManualPostForms
{
    public const string Password = "mat-khau-Dai-2026";

    public static async Task UserAsync(TestApp app, string name, string[] roles, string[] communes, string password = Password)
    {
        await using var scope = app.Scope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        Assert.Null(await UserAccounts.CreateAsync(users, name, password, roles, communes));
    }

    public static async Task<HttpClient> LoginAsync(TestApp app, string user, string password = Password)
    {
        var client = app.Client();
        var login = await client.GetStringAsync("/login");
        var response = await client.PostAsync("/login", Form(("__RequestVerificationToken", Token(login)), ("userName", user), ("password", password)));
        Assert.Equal("/", response.RequestMessage!.RequestUri!.AbsolutePath);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return client;
    }

    /// <summary>A client logged in through the JSON API (cookie), as the API tests use it.</summary>
    public static async Task<HttpClient> ApiLoginAsync(TestApp app, string user, string password = Password)
    {
        var client = app.Client();
        var login = await client.PostAsJsonAsync("/api/auth/login", new { userName = user, password });
        Assert.Equal(HttpStatusCode.NoContent, login.StatusCode);
        return client;
    }

    /// <summary>GETs the page, then POSTs the fields with the page's antiforgery token.</summary>
    public static async Task<HttpResponseMessage> PostAsync(HttpClient client, string pageUrl, string action, params (string Key, string Value)[] fields)
    {
        var page = await client.GetStringAsync(pageUrl);
        return await client.PostAsync(action, Form([("__RequestVerificationToken", Token(page)), .. fields]));
    }

    public static FormUrlEncodedContent Form(params (string Key, string Value)[] fields) =>
        new(fields.Select(f => new KeyValuePair<string, string>(f.Key, f.Value)));

    public static string Token(string html) => WebUtility.HtmlDecode(TokenField().Match(html).Groups[1].Value);

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex TokenField();
}
