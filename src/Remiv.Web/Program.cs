using Remiv.Web;

var app = await RemivHost.BuildAsync(args);
if (app is not null)
{
    await app.RunAsync();
    return 0;
}

return 1;

/// <summary>Entry point, visible to the functional tests' WebApplicationFactory.</summary>
public partial class Program;
