"""POST /runs/import/ as a script or the form does, for tests about what an import reads: a large upload
(a zip, say) becomes a background job, which the worker (`manage.py work --burst`, in this process) reads at
once, so the answer returned is the finished job's, the same as a synchronous one."""

from django.core.management import call_command

URL = "/runs/import/"


def import_json(client, files):
    """The JSON answer: the synchronous one, or a job's final status with its `files` list."""
    response = client.post(URL, {"files": files}, HTTP_ACCEPT="application/json")
    if response.status_code != 202:
        return response
    call_command("work", "--burst", verbosity=0)
    return client.get(response.json()["status_url"], HTTP_ACCEPT="application/json")


def import_page(client, files):
    """The page with the results: the import page, or the finished job's page."""
    response = client.post(URL, {"files": files})
    if response.status_code != 302 or "/runs/import/jobs/" not in response["Location"]:
        return response
    call_command("work", "--burst", verbosity=0)
    return client.get(response["Location"])
