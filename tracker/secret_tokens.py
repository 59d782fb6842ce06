"""Secrets handed to a runner once (share links, API tokens): 256 random bits, kept only as a SHA-256.

A bare hash is enough for 256-bit secrets, which nobody can guess their way to; salting and stretching guard
passwords, which people choose."""

import hashlib
import secrets

TOKEN_BYTES = 32


def new_token(prefix=""):
    return prefix + secrets.token_urlsafe(TOKEN_BYTES)


def digest(token):
    return hashlib.sha256(token.encode("utf-8", "surrogatepass")).hexdigest()
