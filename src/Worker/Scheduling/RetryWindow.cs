using Syndicator.Storage.Entities;
using Syndicator.Worker.Publishing;

namespace Syndicator.Worker.Scheduling;

/// <summary>Moves a retry that would fall outside the account's publishing window to the window's next opening.</summary>
public static class RetryWindow
{
    public static DateTimeOffset Adjust(DateTimeOffset retryAt, ChannelAccount account) =>
        ChannelSchedule.From(AccountContextFactory.ParseSettings(account.SettingsJson)).Window.NextOpen(retryAt).ToUniversalTime();
}
