namespace Syndicator.Storage.Entities;

public enum ChannelAccountStatus
{
    Active = 0,
    /// <summary>Credentials were refused; deliveries wait until ops reconnects the account.</summary>
    NeedsReconnect = 1,
    Disabled = 2,
}
