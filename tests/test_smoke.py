def test_the_library_is_public(client, db):
    response = client.get("/library/")
    assert response.status_code == 200
