using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Syndicator.Storage;
using Syndicator.Storage.Entities;
using Syndicator.Tests.Infrastructure;
using Syndicator.Worker.Publishing;
using Syndicator.Worker.Workflow;
using static Syndicator.Tests.Integration.ManualPostForms;

namespace Syndicator.Tests.Integration;

/// <summary>Manual posts through the dashboard, and the withdraw / reschedule / expiry workflow.</summary>
[Collection(PostgresCollection.Name)]
public sealed class ManualPostTests : IAsyncLifetime
{
    private readonly PostgresDatabase _pg = new();
    // 09:00 in Vietnam, inside the default publishing window.
    private readonly ManualClock _clock = new(new DateTimeOffset(2026, 3, 10, 2, 0, 0, TimeSpan.Zero));
    private TestApp _app = null!;
    private Commune _commune = null!;

    public async Task InitializeAsync()
    {
        await _pg.InitializeAsync();
        _app = await TestApp.StartAsync(_pg.ConnectionString, _clock);
        _commune = await Seed.CommuneAsync(_app.Services, "xa-a", _app.DataDirectory, "portal", "facebook");
        await UserAsync(_app, "bientap", ["editor"], ["xa-a"]);
        await UserAsync(_app, "duyet", ["approver"], ["xa-a"]);
    }

    public async Task DisposeAsync()
    {
        await _app.DisposeAsync();
        await _pg.DisposeAsync();
    }

    [Fact]
    public async Task ManualPost_draftSubmitApprove_isPublishedToOutbox()
    {
        using var editor = await LoginAsync(_app, "bientap");
        var created = await PostAsync(editor, "/posts/new", "/posts/new", ("title", "Thôn Đông ra mắt tổ công nghệ số"), ("lead", "Tổ gồm 5 thành viên."),
            ("body", "Đoạn một <b>đậm</b>.\n\nĐoạn hai."), ("theme", "chuyen-doi-so"), ("commune", "xa-a"), ("image", "https://anh.example.vn/a.jpg"), ("scheduled", ""));
        Assert.Equal(HttpStatusCode.OK, created.StatusCode);
        var id = Guid.Parse(created.RequestMessage!.RequestUri!.AbsolutePath.Split('/')[2]);
        Assert.Equal(PostState.Draft, (await LoadAsync(id)).State);
        Assert.Equal("<p>Đoạn một &lt;b&gt;đậm&lt;/b&gt;.</p><p>Đoạn hai.</p>", (await LoadAsync(id)).BodyHtml);

        await PostAsync(editor, $"/posts/{id}", $"/posts/{id}/submit");
        Assert.Equal(PostState.PendingApproval, (await LoadAsync(id)).State);
        using var approver = await LoginAsync(_app, "duyet");
        var page = await approver.GetStringAsync($"/posts/{id}");
        var version = System.Text.RegularExpressions.Regex.Match(page, "name=\"version\" value=\"([0-9a-f-]{36})\"").Groups[1].Value;
        await approver.PostAsync($"/posts/{id}/approve", Form(("__RequestVerificationToken", Token(page)), ("version", version), ("note", "")));
        Assert.Equal(PostState.Approved, (await LoadAsync(id)).State);

        await using var scope = _app.Scope();
        Assert.Equal(2, await scope.ServiceProvider.GetRequiredService<DeliveryPublisher>().PublishDueAsync(default));
        Assert.Equal(PostState.Published, (await LoadAsync(id)).State);
        var files = Directory.GetFiles(Path.Combine(_app.DataDirectory, "xa-a"), "*.json", SearchOption.AllDirectories);
        Assert.Equal(2, files.Length);
        Assert.All(files, f => Assert.Contains("Thôn Đông ra mắt tổ công nghệ số", File.ReadAllText(f)));
    }

    [Fact]
    public async Task ManualPost_imageNotHttp_isRefusedWithVietnameseError()
    {
        using var editor = await LoginAsync(_app, "bientap");
        var response = await PostAsync(editor, "/posts/new", "/posts/new", ("title", "Tin thử"), ("theme", "chuyen-doi-so"), ("commune", "xa-a"), ("image", "javascript:alert(1)"));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Địa chỉ ảnh phải bắt đầu bằng http", await response.Content.ReadAsStringAsync());
        await using var scope = _app.Scope();
        Assert.Equal(0, await scope.ServiceProvider.GetRequiredService<SyndicatorDbContext>().Posts.CountAsync());
    }

    [Fact]
    public async Task Reschedule_approvedPost_reslotsItsDeliveries()
    {
        var id = await Seed.PendingPostAsync(_app.Services, _commune.Id, "Tin đổi giờ", _clock.GetUtcNow());
        await RunAsync<PostWorkflow>(w => w.ApproveAsync(id, "duyet", null, null, default));
        Assert.All((await LoadAsync(id)).Deliveries, d => Assert.Equal(_clock.GetUtcNow(), d.DueAt));

        using var editor = await LoginAsync(_app, "bientap");
        var response = await PostAsync(editor, $"/posts/{id}", $"/posts/{id}/reschedule", ("scheduled", "12/03/2026 15:30"));
        Assert.True("?m=rescheduled" == response.RequestMessage!.RequestUri!.Query, $"{response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        var post = await LoadAsync(id);
        var expected = new DateTimeOffset(2026, 3, 12, 8, 30, 0, TimeSpan.Zero);
        Assert.Equal(expected, post.ScheduledFor);
        Assert.All(post.Deliveries, d => Assert.Equal(expected, d.DueAt));
    }

    [Fact]
    public async Task Expiry_pendingPostPastItsTime_isWithdrawnBySystem()
    {
        var late = await Seed.PendingPostAsync(_app.Services, _commune.Id, "Tin quá hạn", _clock.GetUtcNow());
        var onTime = await Seed.PendingPostAsync(_app.Services, _commune.Id, "Tin còn hạn", _clock.GetUtcNow());
        await RunAsync<PostLifecycle>(l => l.RescheduleAsync(late, "bientap", _clock.GetUtcNow().AddHours(1), default));
        await RunAsync<PostLifecycle>(l => l.RescheduleAsync(onTime, "bientap", _clock.GetUtcNow().AddDays(1), default));
        _clock.Advance(TimeSpan.FromHours(2));

        await using var scope = _app.Scope();
        Assert.Equal(1, await scope.ServiceProvider.GetRequiredService<PostLifecycle>().ExpireAsync(default));
        var expired = await LoadAsync(late);
        Assert.Equal(PostState.Withdrawn, expired.State);
        Assert.Equal(PostLifecycle.ExpiryNote, expired.DecisionNote);
        Assert.All(expired.Deliveries, d => Assert.Equal(DeliveryState.Cancelled, d.State));
        Assert.Equal(PostState.PendingApproval, (await LoadAsync(onTime)).State);
        var db = scope.ServiceProvider.GetRequiredService<SyndicatorDbContext>();
        Assert.True(await db.AuditEvents.AnyAsync(a => a.Action == "post.withdrawn" && a.Actor == "system" && a.EntityId == late.ToString()));
    }

    [Fact]
    public async Task Withdraw_byEditor_isForbiddenAndByApprover_cancelsDeliveries()
    {
        var id = await Seed.PendingPostAsync(_app.Services, _commune.Id, "Tin rút", _clock.GetUtcNow());
        using var editor = await LoginAsync(_app, "bientap");
        Assert.Equal(HttpStatusCode.Forbidden, (await PostAsync(editor, $"/posts/{id}", $"/posts/{id}/withdraw", ("note", "x"))).StatusCode);
        Assert.Equal(PostState.PendingApproval, (await LoadAsync(id)).State);

        using var approver = await LoginAsync(_app, "duyet");
        var response = await PostAsync(approver, $"/posts/{id}", $"/posts/{id}/withdraw", ("note", "Sai thông tin"));
        Assert.Equal("?m=withdrawn", response.RequestMessage!.RequestUri!.Query);
        var post = await LoadAsync(id);
        Assert.Equal(PostState.Withdrawn, post.State);
        Assert.All(post.Deliveries, d => Assert.Equal(DeliveryState.Cancelled, d.State));
    }

    private async Task<Post> LoadAsync(Guid id)
    {
        await using var scope = _app.Scope();
        return await scope.ServiceProvider.GetRequiredService<SyndicatorDbContext>().Posts.AsNoTracking().Include(p => p.Deliveries).SingleAsync(p => p.Id == id);
    }

    private async Task RunAsync<T>(Func<T, Task<WorkflowResult>> action) where T : notnull
    {
        await using var scope = _app.Scope();
        Assert.Equal(WorkflowResult.Done, await action(scope.ServiceProvider.GetRequiredService<T>()));
    }
}
