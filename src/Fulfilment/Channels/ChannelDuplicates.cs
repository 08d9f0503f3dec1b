namespace Fulfilment.Channels;

/// <summary>
/// A channel is told apart by its code, its name (case-insensitively) and its service indicator (the two letters
/// that start its waybill numbers): another channel already holding one of them is <c>409 duplicate</c> on that field.
/// </summary>
public static class ChannelDuplicates
{
    public static Problem Code() =>
        Problem.DuplicateField(nameof(ChannelRequest.Code), Text.Get("A channel with this code already exists."));

    public static Problem Name() =>
        Problem.DuplicateField(nameof(ChannelRequest.Name), Text.Get("Another channel already has this name."));

    public static Problem ServiceIndicator() =>
        Problem.DuplicateField(
            nameof(ChannelRequest.ServiceIndicator),
            Text.Get("Another channel already uses this service indicator: it starts that channel's waybill numbers."));
}
