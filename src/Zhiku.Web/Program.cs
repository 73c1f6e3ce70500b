using Zhiku.Web.Hosting;

// The platform: services, the request pipeline and the endpoints are assembled in ZhikuWebApp, which `zhiku serve` calls too.
var app = ZhikuWebApp.Build(args);
app.Run();
