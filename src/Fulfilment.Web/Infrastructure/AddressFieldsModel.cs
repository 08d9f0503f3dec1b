namespace Fulfilment.Web.Infrastructure;

/// <summary>
/// What the shared address fields partial needs: the form-field prefix (e.g. <c>Input</c> gives fields
/// <c>Input.Name</c>…, <c>Input.Recipient</c> gives <c>Input.Recipient.Name</c>…) and the current values.
/// </summary>
public sealed record AddressFieldsModel(string Prefix, Address Value)
{
    public string NameOf(string field) => string.IsNullOrEmpty(Prefix) ? field : $"{Prefix}.{field}";

    public string IdOf(string field) => NameOf(field).Replace('.', '_').Replace('[', '_').Replace(']', '_');
}
