// Who is signed in, as one shared query, with the actions that change it.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { accountApi } from './api/account';
import type { User } from './api/me';
import { queryKeys } from './api/queryKeys';

export function useCurrentUser() {
  return useQuery({
    queryKey: queryKeys.me,
    queryFn: () => accountApi.currentUser(),
    staleTime: Number.POSITIVE_INFINITY,
  });
}

export function useSignIn(mode: 'login' | 'register') {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (credentials: { email: string; password: string }) =>
      mode === 'login' ? accountApi.login(credentials) : accountApi.register(credentials),
    onSuccess: (user: User) => {
      queryClient.clear();
      queryClient.setQueryData(queryKeys.me, user);
    },
  });
}

export function useSignOut() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => accountApi.logout(),
    onSettled: () => {
      queryClient.clear();
      queryClient.setQueryData(queryKeys.me, null);
    },
  });
}
