# Tensor contractions and polynomials of the numpy module, written in nabla: einsum, poly1d and the poly* functions.
