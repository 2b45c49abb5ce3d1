using System.Text.Json.Nodes;
using Syndicator.Connectors.Facebook;
using Syndicator.Connectors.Publishing;
using Syndicator.Connectors.Tests.Channels.Fakes;

namespace Syndicator.Connectors.Tests.Channels.Facebook;

public sealed class FacebookTokenCheckTests : IAsyncLifetime
{
    private static readonly DateTimeOffset Now = new(2026, 10, 10, 1, 0, 0, TimeSpan.Zero);
    private readonly HttpClient http = new() { Timeout = TimeSpan.FromSeconds(5) };
    private FakeGraphApi fake = null!;

    public async Task InitializeAsync() => fake = await FakeGraphApi.StartAsync();

    public async Task DisposeAsync()
    {
        http.Dispose();
        await fake.DisposeAsync();
    }

    [Fact]
    public async Task Check_valid_non_expiring_page_token_with_permission_is_usable()
    {
        fake.TokenInfo = TokenInfo("PAGE", expiresAt: 0, "pages_manage_posts", "pages_read_engagement");

        var result = await Check();

        Assert.True(result.IsUsable, string.Join("; ", result.Problems));
        Assert.Equal(("PAGE", true, (DateTimeOffset?)null), (result.Type, result.HasPagesManagePosts, result.ExpiresAt));
    }

    [Fact]
    public async Task Check_user_token_without_permission_expiring_soon_lists_each_problem()
    {
        fake.TokenInfo = TokenInfo("USER", expiresAt: Now.AddDays(2).ToUnixTimeSeconds(), "pages_read_engagement");

        var result = await Check();

        Assert.False(result.IsUsable);
        Assert.Equal(3, result.Problems.Count);
        Assert.Equal(Now.AddDays(2), result.ExpiresAt);
    }

    [Fact]
    public async Task Check_when_graph_rejects_token_reports_invalid()
    {
        fake.Inject(FakeGraphApi.Debug, new FakeFault(400, FakeGraphApi.Error(190, "Error validating access token")));

        var result = await Check();

        Assert.Equal((true, false), (result.Reachable, result.IsValid));
        Assert.Contains("#190", Assert.Single(result.Problems));
    }

    private Task<TokenCheckResult> Check()
    {
        var settings = new Dictionary<string, string>
        {
            [FacebookSettings.PageId] = fake.PageId,
            [FacebookSettings.GraphBaseUrl] = fake.BaseAddress.ToString(),
        };
        var account = new ChannelAccountContext(settings, fake.PageToken, (_, _) => Task.CompletedTask);
        return new FacebookTokenCheck(http, new ManualTimeProvider(Now)).CheckPageTokenAsync(account, null, CancellationToken.None);
    }

    private JsonObject TokenInfo(string type, long expiresAt, params string[] scopes) => new()
    {
        ["app_id"] = "1234",
        ["type"] = type,
        ["is_valid"] = true,
        ["expires_at"] = expiresAt,
        ["profile_id"] = fake.PageId,
        ["scopes"] = new JsonArray(scopes.Select(s => (JsonNode)s).ToArray()),
    };
}
