namespace Fulfilment.Web.Pages.Account;

public sealed class AccessDeniedModel : PageModel;
